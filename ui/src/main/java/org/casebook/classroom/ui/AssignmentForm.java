package org.casebook.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import org.casebook.brief.BriefSide;
import org.casebook.classroom.AssignmentCommand;
import org.casebook.classroom.AssignmentService;
import org.casebook.motion.MotionService;
import org.casebook.motion.MotionSummary;

/** The fields of a new assignment: motion, side, student or team, due date, instructions. */
class AssignmentForm extends Div {
    final ComboBox<MotionSummary> motion = new ComboBox<>("Motion");
    final Select<BriefSide> side = new Select<>();
    final Select<Assignee> assignee = new Select<>();
    final DatePicker due = new DatePicker("Due");
    final TextArea instructions = new TextArea("Instructions");
    final Button assign = new Button("Assign");

    AssignmentForm(MotionService motions) {
        addClassNames("cb-form", "cb-form-row", "cb-assign-form");
        var active = motions.activeMotions();
        motion.setItems(active);
        motion.setItemLabelGenerator(MotionSummary::text);
        motion.setWidth("min(30rem, 100%)");
        active.stream().findFirst().ifPresent(motion::setValue);
        side.setLabel("Side");
        side.setItems(BriefSide.values());
        side.setItemLabelGenerator(AssignmentLabels::side);
        side.setValue(BriefSide.PRO);
        assignee.setLabel("To");
        assignee.setItemLabelGenerator(Assignee::label);
        assignee.setEmptySelectionAllowed(false);
        due.setValue(LocalDate.now().plusWeeks(1));
        due.setMin(LocalDate.now());
        instructions.setMaxLength(AssignmentService.INSTRUCTIONS_MAX_LENGTH);
        instructions.setPlaceholder("e.g. Three cards for each of your contentions, with full cites.");
        instructions.setWidth("min(30rem, 100%)");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(motion, side, assignee, due, instructions, assign);
    }

    void offer(List<Assignee> choices) {
        var before = assignee.getValue();
        assignee.setItems(choices);
        if (before != null && choices.contains(before)) {
            assignee.setValue(before);
        } else if (!choices.isEmpty()) {
            assignee.setValue(choices.getFirst());
        }
    }

    /** The command; an {@link IllegalArgumentException} with words for the teacher when something is missing. */
    AssignmentCommand command(long classId) {
        if (motion.getValue() == null) {
            throw new IllegalArgumentException("Choose a motion.");
        }
        if (assignee.getValue() == null) {
            throw new IllegalArgumentException("Choose a student or a team (students join with the class's code).");
        }
        if (due.getValue() == null) {
            throw new IllegalArgumentException("Choose a due date.");
        }
        Assignee to = assignee.getValue();
        return new AssignmentCommand(classId, motion.getValue().id(), side.getValue(), to.studentId(), to.teamId(),
                due.getValue(), instructions.getValue());
    }
}

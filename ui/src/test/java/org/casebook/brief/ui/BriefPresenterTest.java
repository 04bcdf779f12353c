package org.casebook.brief.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.casebook.brief.BriefChangedException;
import org.casebook.brief.BriefColumn;
import org.casebook.brief.BriefService;
import org.casebook.brief.Highlight;
import org.junit.jupiter.api.Test;

class BriefPresenterTest {
    private final BriefService service = mock(BriefService.class);
    private final BriefPresenter presenter = new BriefPresenter(service);

    @Test
    void savesWithTheVersionLastSeenAndKeepsTheNewOne() {
        when(service.document(1)).thenReturn(Optional.of(Briefs.brief(3)));
        when(service.rename(1, 3, "Aid")).thenReturn(Briefs.brief(4));
        when(service.addNote(1, 4, BriefColumn.CON, "Note")).thenReturn(Briefs.brief(5));
        presenter.open(1);

        presenter.rename("Aid");
        presenter.addNote(BriefColumn.CON, "Note");

        assertThat(presenter.brief().version()).isEqualTo(5);
        assertThat(presenter.problem()).isNull();
    }

    @Test
    void aStaleBriefPutsThePresenterInConflictUntilReloaded() {
        when(service.document(1)).thenReturn(Optional.of(Briefs.brief(3)));
        when(service.rename(1, 3, "Aid")).thenThrow(new BriefChangedException(1));
        presenter.open(1);

        boolean saved = presenter.rename("Aid");
        boolean again = presenter.addNote(BriefColumn.PRO, "more");

        assertThat(saved).isFalse();
        assertThat(again).isFalse();
        assertThat(presenter.inConflict()).isTrue();
        assertThat(presenter.problem()).contains("Someone else changed this brief");
        verify(service, never()).addNote(anyLong(), anyLong(), any(), anyString());

        when(service.document(1)).thenReturn(Optional.of(Briefs.brief(7)));
        presenter.reload();
        assertThat(presenter.inConflict()).isFalse();
        assertThat(presenter.brief().version()).isEqualTo(7);
    }

    @Test
    void highlightsTheSelectedWordsAddingToWhatWasHighlighted() {
        var card = Briefs.card(10, BriefColumn.PRO, 0, new Highlight(0, 3));
        when(service.document(1)).thenReturn(Optional.of(Briefs.brief(3, card)));
        presenter.open(1);

        presenter.select(10, 13, 26);
        presenter.highlight(10);

        verify(service).setHighlights(1, 3, 10, List.of(new Highlight(0, 3), new Highlight(13, 26)));
        assertThat(presenter.selection()).isNull();
    }

    @Test
    void clearingWithNothingSelectedClearsTheWholeCard() {
        var card = Briefs.card(10, BriefColumn.PRO, 0, new Highlight(0, 3), new Highlight(5, 9));
        when(service.document(1)).thenReturn(Optional.of(Briefs.brief(3, card)));
        presenter.open(1);

        presenter.clearHighlight(10);

        verify(service).setHighlights(1, 3, 10, List.of());
    }

    @Test
    void aSelectionInAnotherCardDoesNotCount() {
        var card = Briefs.card(10, BriefColumn.PRO, 0);
        var other = Briefs.card(11, BriefColumn.PRO, 1);
        when(service.document(1)).thenReturn(Optional.of(Briefs.brief(3, card, other)));
        presenter.open(1);

        presenter.select(11, 2, 5);
        presenter.highlight(10);

        verify(service).setHighlights(1, 3, 10, List.of(new Highlight(0, Briefs.EVIDENCE.length())));
    }

    @Test
    void droppingOnACardInsertsBeforeItAndOnTheColumnEndAppends() {
        var a = Briefs.note(1, BriefColumn.PRO, 0, "a");
        var b = Briefs.note(2, BriefColumn.PRO, 1, "b");
        var c = Briefs.note(3, BriefColumn.CON, 0, "c");
        when(service.document(1)).thenReturn(Optional.of(Briefs.brief(3, a, b, c)));
        when(service.move(eq(1L), eq(3L), anyLong(), any(), org.mockito.ArgumentMatchers.anyInt()))
                .thenReturn(Briefs.brief(4, a, b, c));
        presenter.open(1);

        presenter.drop(2, BriefColumn.PRO, 1L);
        verify(service).move(1, 3, 2, BriefColumn.PRO, 0);

        presenter.drop(1, BriefColumn.CON, null);
        verify(service).move(1, 4, 1, BriefColumn.CON, 1);
    }

    @Test
    void droppingACardOnItselfDoesNothing() {
        var a = Briefs.note(1, BriefColumn.PRO, 0, "a");
        when(service.document(1)).thenReturn(Optional.of(Briefs.brief(3, a)));
        presenter.open(1);

        assertThat(presenter.drop(1, BriefColumn.PRO, 1L)).isFalse();
        verify(service, never()).move(anyLong(), anyLong(), anyLong(), any(), org.mockito.ArgumentMatchers.anyInt());
    }

    @Test
    void theTopEntryCannotMoveUpAndTheBottomOneCannotMoveDown() {
        var a = Briefs.note(1, BriefColumn.PRO, 0, "a");
        var b = Briefs.note(2, BriefColumn.PRO, 1, "b");
        when(service.document(1)).thenReturn(Optional.of(Briefs.brief(3, a, b)));
        presenter.open(1);

        assertThat(presenter.moveUp(1)).isFalse();
        assertThat(presenter.moveDown(2)).isFalse();
        presenter.moveDown(1);
        verify(service).move(1, 3, 1, BriefColumn.PRO, 1);
    }

    @Test
    void movingAcrossAppendsToTheOtherColumn() {
        var a = Briefs.note(1, BriefColumn.PRO, 0, "a");
        var c = Briefs.note(3, BriefColumn.CON, 0, "c");
        when(service.document(1)).thenReturn(Optional.of(Briefs.brief(3, a, c)));
        presenter.open(1);

        presenter.moveAcross(1);

        verify(service).move(1, 3, 1, BriefColumn.CON, 1);
    }

    @Test
    void anInvalidEditIsReportedInWordsAndNothingChanges() {
        when(service.document(1)).thenReturn(Optional.of(Briefs.brief(3)));
        when(service.rename(1, 3, " ")).thenThrow(new IllegalArgumentException("a brief needs a title"));
        presenter.open(1);

        assertThat(presenter.rename(" ")).isFalse();
        assertThat(presenter.problem()).isEqualTo("A brief needs a title.");
        assertThat(presenter.inConflict()).isFalse();
        assertThat(presenter.brief().version()).isEqualTo(3);
    }
}

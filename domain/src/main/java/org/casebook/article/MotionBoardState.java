package org.casebook.article;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** When a motion's counters and key points were last computed, and from what state of its stances. */
@Entity
@Table(name = "motion_boards")
class MotionBoardState {
    @Id
    private long motionId;

    private String libraryState;
    private Instant refreshedAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected MotionBoardState() {} // for JPA

    boolean isCurrent(String state) {
        return libraryState.equals(state);
    }

    void refreshed(String state, Instant now) {
        this.libraryState = state;
        this.refreshedAt = now;
    }
}

package org.tongban.rating;

/** Where a bad review's rectification (整改) stands. */
public enum RectificationStatus {
    OPEN,
    /** The unit called the citizen back (回访). */
    CALLED_BACK,
    RECTIFIED,
    /** The citizen has the unit's reply and may rate the rectification. */
    REPLIED,
    /** The citizen rated the rectification. */
    CLOSED,
    /** The unit says the rating is malicious; a supervisor decides. */
    APPEALED,
    /** A supervisor upheld the appeal: the rating is marked malicious. */
    DISMISSED;

    public boolean awaitsTheUnit() {
        return this == OPEN || this == CALLED_BACK || this == RECTIFIED;
    }

    /** Nothing more can happen: the citizen rated the rectification, or the rating was dismissed. */
    public boolean isFinished() {
        return this == CLOSED || this == DISMISSED;
    }
}

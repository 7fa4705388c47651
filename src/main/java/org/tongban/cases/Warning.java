package org.tongban.cases;

/** 电子监察 colours: yellow near the deadline, red when overdue or a step overran its own limit. */
public enum Warning {
    GREEN,
    YELLOW,
    RED
}

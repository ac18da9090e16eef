package fr.eadmin.forms.lint;

/** How serious a finding is. */
public enum Severity {
    /** The definition cannot be loaded, or the form cannot work as written: fix it before publishing. */
    ERROR,
    /** The definition works, but part of it is dead or redundant: probably a mistake. */
    WARNING
}

package fr.eadmin.archive.retention;

/** The event from which a DUA runs. */
public enum StartEvent {
    /** The closure of the dossier or demande (its last step). */
    CLOSURE,
    /** The decision on the demande (accepted, refused, classée sans suite). */
    DECISION,
    /** The deposit of the demande (its receipt). */
    DEPOSIT,
    /** The birth of the person concerned (records kept until an age, such as school records). */
    BIRTH
}

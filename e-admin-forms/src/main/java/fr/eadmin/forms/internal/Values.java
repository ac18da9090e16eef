package fr.eadmin.forms.internal;

import fr.eadmin.forms.FieldType;

/** Which answers a field type gives, for the checks of conditions. */
final class Values {
    private Values() {}

    static boolean isNumber(FieldType type) {
        return type instanceof FieldType.IntegerNumber
                || type instanceof FieldType.DecimalNumber
                || type instanceof FieldType.Computed;
    }

    static boolean isText(FieldType type) {
        return !(isNumber(type)
                || type instanceof FieldType.DateField
                || type instanceof FieldType.YesNo
                || type instanceof FieldType.Checkbox
                || type instanceof FieldType.FileUpload
                || type instanceof FieldType.Display);
    }
}

package fr.eadmin.examples;

/** Runs every scenario. */
public final class Main {
    private Main() {}

    /**
     * Entry point.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.out.println("e-admin examples");
    }
}

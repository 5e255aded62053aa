/**
 * The {@code plans} command line (Picocli). Commands only parse options and call the library; exit codes are
 * 0 ok, 1 internal error, 2 usage error, 3 finished with some documents failed.
 */
package vn.plans.cli;

package vn.plans.model;

/**
 * An agency as printed, with its canonical form (abbreviations expanded, spacing and '&' unified) and, where the
 * structure stage recorded it, the {@link Mention} that says where the name stands in its task's text and which rule
 * or model decided it.
 */
public record Agency(String name, String canonical, Mention mention) {
    public Agency(String name, String canonical) {
        this(name, canonical, null);
    }

    /**
     * {@code start}/{@code end}: character offsets of the name in the task's {@code text} (null when the name is not in
     * it: inherited from a heading or container, or read from a table cell); {@code evidence}: what decided it
     * ({@code rule:subject}, {@code rule:label}, {@code rule:opener}, {@code rule:heading}, {@code rule:phoi-hop-voi},
     * {@code rule:field}, {@code table:cell}, {@code model:…}).
     */
    public record Mention(Integer start, Integer end, String evidence) {}

    public Agency withMention(Mention m) {
        return new Agency(name, canonical, m);
    }
}

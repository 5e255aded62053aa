package vn.plans.serve;

/**
 * Bounds on what one query may ask of the index, checked before it is parsed: its length, its number of terms
 * (clauses), how deep its parentheses nest, and how many fuzzy ({@code ~}) or wildcard ({@code * ?}) terms it has.
 * A query over a bound is refused with a message saying which bound and how to stay under it.
 */
public record QueryLimits(int maxLength, int maxClauses, int maxDepth, int maxFuzzy) {
    public static final QueryLimits DEFAULT = new QueryLimits(500, 40, 4, 4);

    /** @throws IllegalArgumentException naming the bound the query exceeds */
    public void check(String q) {
        if (q == null || q.isEmpty()) return;
        if (q.length() > maxLength) {
            throw new IllegalArgumentException("query too long: " + q.length() + " characters (at most " + maxLength
                    + "); search for a few distinctive words or a quoted phrase");
        }
        int depth = 0, deepest = 0, fuzzy = 0, terms = 0;
        boolean inTerm = false, quoted = false;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '"') quoted = !quoted;
            if (!quoted && c == '(') deepest = Math.max(deepest, ++depth);
            if (!quoted && c == ')') depth = Math.max(0, depth - 1);
            if (!quoted && (c == '~' || c == '*' || c == '?')) fuzzy++;
            boolean word = Character.isLetterOrDigit(c);
            if (word && !inTerm) terms++;
            inTerm = word;
        }
        if (deepest > maxDepth) {
            throw new IllegalArgumentException("query nests parentheses " + deepest + " deep (at most " + maxDepth
                    + "); write it with fewer groups");
        }
        if (fuzzy > maxFuzzy) {
            throw new IllegalArgumentException("query has " + fuzzy + " fuzzy or wildcard terms (at most " + maxFuzzy
                    + "); search without ~, * and ? or with fewer of them");
        }
        if (terms > maxClauses) {
            throw new IllegalArgumentException("query has " + terms + " terms (at most " + maxClauses
                    + "); search for fewer words, or quote a phrase");
        }
    }
}

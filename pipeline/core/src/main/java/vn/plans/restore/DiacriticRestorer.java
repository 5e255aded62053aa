package vn.plans.restore;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.plans.normalize.Reflow;
import vn.plans.normalize.Syllables;

/**
 * The standard {@link TextRestorer}: tokenizes ({@link SyllableTokenizer}), picks the lines that need work
 * ({@link LineTriage}), proposes candidates for their words ({@link CandidateGenerator}), decodes the whole text
 * with the n-gram model ({@link BeamDecoder}; lines left alone still give context) and writes the chosen syllables
 * back in the input's letter case. Everything outside word tokens (spacing, line breaks, numbers, codes) is
 * copied unchanged, except a misread {@code Đ} inside a code on a garbled line ({@link #repairCode}) and, on OCR
 * pages, misread list labels and stroke debris at a line's edges ({@link ListLabels}) and abbreviations read with one
 * letter wrong ({@link OcrAbbreviations}). Texts with
 * garbled lines are decoded with a beam twice as wide.
 */
public final class DiacriticRestorer implements TextRestorer {
    private static final int MAX_CANDIDATES = 10;
    private final NgramModel lm;
    private final CandidateGenerator generator;
    private final OcrChannel channel;
    private final BeamDecoder decoder;
    /** Twice as wide, for texts with OCR-garbled lines: their candidate lists are longer and more alike a priori. */
    private final BeamDecoder garbledDecoder;
    /** Model ids of words kept as printed, and the one-candidate lattice entry of each id (shared, never modified). */
    private final Map<String, Integer> wordIds = new ConcurrentHashMap<>();
    private final CandidateGenerator.Candidates[] fixedById;
    private static final int CACHE_LIMIT = 200_000;

    /**
     * Edits below this confidence are recorded as flagged and not applied. Chosen from the calibration curve of
     * {@code plans eval-restore} (held-out legal text, stripped): below it, the printed token is right more
     * often than the edit.
     */
    public static final double FLAG_BELOW = 0.3;
    private final double flagBelow;
    /**
     * On OCR pages, edits of a word of a line that looks right (the tone channel's) printed as a marked, valid
     * syllable of the vocabulary below this confidence are flagged, not applied: the channel's repairs of GP-2507 and TB-1894
     * ({@code đê→đề}, {@code phân→phần}, {@code Miễn→Miền}, {@code bỗ→bổ}) score 0.99 and more, while a word the
     * engine read right that the model splits its share over, at a sentence end where the model has seen the word
     * mostly before a number (TT-23 page 10: {@code báo cáo năm.} to {@code nằm} at 0.39, {@code nắm} at 0.31), or
     * after a bar that was its first letter ({@code |ập} to {@code áp} at 0.54), is no evidence that the text is broken.
     * The price: on TT-23 pages 10-13 two right repairs are flagged too ({@code thuộc _ nỗ} to {@code nổ} at 0.36,
     * {@code Bồ Công} to {@code Bộ} at 0.47); 0.8 also flagged {@code thông bảo} to {@code báo} (0.72).
     */
    static final double OCR_SOUND_FLAG_BELOW = 0.6;
    /**
     * The same for such a word inside a name (in title case, after a word in title case on its line): the model knows few
     * names, and what it knows pulls them to common words (TB-1894's {@code Công ty TNHH Hiệp Phú} to {@code Phụ} at
     * 0.93, the model having read {@code Liên hiệp Phụ nữ} many times).
     */
    static final double OCR_NAME_FLAG_BELOW = 0.95;

    public DiacriticRestorer(NgramModel lm) { this(lm, 8, false); }

    /** @param unigram the unigram baseline instead of the trigram beam search */
    public DiacriticRestorer(NgramModel lm, int beamWidth, boolean unigram) { this(lm, beamWidth, unigram, FLAG_BELOW); }

    /** @param flagBelow edits less confident than this are flagged, not applied (0: apply all) */
    public DiacriticRestorer(NgramModel lm, int beamWidth, boolean unigram, double flagBelow) {
        this(lm, beamWidth, unigram, flagBelow, OcrChannel.standard());
    }

    private DiacriticRestorer(NgramModel lm, int beamWidth, boolean unigram, double flagBelow, OcrChannel channel) {
        this.lm = lm;
        this.channel = channel;
        this.flagBelow = flagBelow;
        this.generator = new CandidateGenerator(lm);
        this.decoder = new BeamDecoder(lm, beamWidth, unigram);
        this.garbledDecoder = new BeamDecoder(lm, unigram ? beamWidth : 2 * beamWidth, unigram);
        this.fixedById = new CandidateGenerator.Candidates[lm.vocabularySize()];
    }

    /**
     * The standard restorer with the rendered pages' channel table replaced by {@code rendered} (the real scans'
     * table still added): to score a table on rendered pages it was not learned from ({@code plans eval-ocr-channel}).
     */
    public static DiacriticRestorer withRenderedChannel(NgramModel lm, OcrChannelLearner.Table rendered) {
        return new DiacriticRestorer(lm, 8, false, FLAG_BELOW, OcrChannel.withScans(rendered.counts()));
    }

    NgramModel model() { return lm; }

    /**
     * Log10 likelihood per changed word by which a restored line must beat its printed form, on a page that is sound
     * as a whole: a few unmarked words there ({@code Amoniac, khan}) are as likely as printed as restored.
     */
    static final double MIN_LINE_GAIN = 1.0;

    /** On a sound page, lines whose restoration the model does not clearly prefer to the printed words are kept. */
    private void keepUnlikelyLines(List<CandidateGenerator.Candidates> lattice, int[] best, LineTriage.Mode[] modes,
            int[] lineOf, List<Token> tokens, String text) {
        for (int from = 0; from < tokens.size(); ) {
            int to = from;
            while (to < tokens.size() && lineOf[to] == lineOf[from]) to++;
            if (modes[lineOf[from]] != LineTriage.Mode.KEEP) {
                long h = 0;
                for (int j = Math.max(0, from - lm.order() + 1); j < from; j++) h = lm.push(h, id(lattice, best, j));
                long hp = h, hc = h;
                double printed = 0, chosen = 0;
                int changed = 0;
                for (int j = from; j < to; j++) {
                    CandidateGenerator.Candidates c = lattice.get(j);
                    int cid = c.ids()[best[j]];
                    int pid = c.forms()[0] == null ? cid : fixed(tokens.get(j), text, tokens.get(j).text(text).toLowerCase(Locale.ROOT)).ids()[0];
                    if (c.forms()[0] != null && !c.forms()[best[j]].equals(tokens.get(j).text(text).toLowerCase(Locale.ROOT))) changed++;
                    printed += lm.logProb(hp, pid);
                    chosen += lm.logProb(hc, cid);
                    hp = lm.push(hp, pid);
                    hc = lm.push(hc, cid);
                }
                if (changed > 0 && chosen - printed < MIN_LINE_GAIN * changed) {
                    for (int j = from; j < to; j++) {
                        Token t = tokens.get(j);
                        lattice.set(j, fixed(t, text, t.text(text).toLowerCase(Locale.ROOT)));
                        best[j] = 0;
                    }
                }
            }
            from = to;
        }
    }

    @Override
    public Restored restore(String input) { return restore(input, Source.TEXT); }

    /**
     * On OCR pages ({@link Source#OCR}) the printed marks are the engine's, not the document's: every word of a line
     * that looks right is decoded with the {@link OcrChannel} of Tesseract's mark confusions ({@code nô} for
     * {@code nổ}), words with digits or symbols with the OCR confusions ({@code S6:} → {@code Số:}), and codes repaired
     * ({@code QPb} → {@code QĐ}) on every line.
     */
    @Override
    public Restored restore(String input, Source source) {
        boolean ocrPage = source == Source.OCR;
        String text = Normalizer.isNormalized(input, Normalizer.Form.NFC) ? input : Normalizer.normalize(input, Normalizer.Form.NFC);
        List<Token> tokens = SyllableTokenizer.tokenize(text);
        LineTriage.Result triage = LineTriage.triagePage(text, tokens, lineStarts(text, tokens), generator::hasFold);
        LineTriage.Mode[] modes = triage.lines();
        // an OCR engine that garbled the whole page prints one accent for many: its marks are weak evidence there only
        boolean garbledPage = triage.page() == LineTriage.Mode.GARBLED;
        CandidateGenerator.Marks garbledMarks = garbledPage ? CandidateGenerator.Marks.UNRELIABLE : CandidateGenerator.Marks.TRUSTED;
        int[] lineOf = lineIndex(text, tokens);
        List<CandidateGenerator.Candidates> lattice = new ArrayList<>(tokens.size());
        boolean any = false, garbled = false;
        boolean[] soundOcr = new boolean[tokens.size()]; // words of the tone channel printed as valid syllables
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            LineTriage.Mode m = modes[lineOf[i]];
            String lower = t.text(text).toLowerCase(Locale.ROOT);
            boolean word = t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NOISY_WORD;
            // a correctly marked syllable is kept unless the page as a whole is garbled (one accent printed for many)
            boolean sound = !ocrPage && !garbledPage && t.kind() == Token.Kind.WORD && isMarked(lower) && Syllables.isValid(lower);
            if (ocrPage && word && m == LineTriage.Mode.KEEP && !isAbbreviation(t.text(text), true) && !SyllableTokenizer.isListLabel(text, tokens, i)) {
                CandidateGenerator.Candidates c = t.kind() == Token.Kind.WORD ? generator.channel(lower, channel, MAX_CANDIDATES)
                        : generator.candidates(lower, true, CandidateGenerator.Marks.TRUSTED, MAX_CANDIDATES);
                soundOcr[i] = t.kind() == Token.Kind.WORD && isSoundWord(lower);
                lattice.add(c);
                any |= c.size() > 1;
            } else if (word && m != LineTriage.Mode.KEEP && !sound && !isAbbreviation(t.text(text), ocrPage) && !SyllableTokenizer.isListLabel(text, tokens, i)) {
                boolean ocr = m == LineTriage.Mode.GARBLED || t.kind() == Token.Kind.NOISY_WORD
                        || !generator.hasFoldOf(lower);
                lattice.add(generator.candidates(lower, ocr, m == LineTriage.Mode.STRIPPED ? CandidateGenerator.Marks.MISSING
                        : garbledMarks, MAX_CANDIDATES));
                any = true;
                garbled |= m == LineTriage.Mode.GARBLED;
            } else {
                lattice.add(fixed(t, text, lower));
            }
        }
        if (!any && !ocrPage) return new Restored(text, 0, 1.0, List.of());
        java.util.Map<Integer, String> lineRepairs = ocrPage ? ocrRepairs(text, tokens) : java.util.Map.of();
        BeamDecoder dec = garbled ? garbledDecoder : decoder;
        boolean[] starts = ocrPage ? sentenceStarts(text, tokens, lineOf) : null;
        int[] best = dec.decode(lattice, starts);
        List<CandidateGenerator.Candidates> consistent = AgencyHeadings.adjust(DocumentCache.adjust(lattice, best, tokens, text),
                best, tokens, text);
        if (consistent != lattice) {
            lattice = consistent;
            best = dec.decode(lattice, starts);
        }
        if (triage.page() == LineTriage.Mode.KEEP) keepUnlikelyLines(lattice, best, modes, lineOf, tokens, text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        List<Edit> edits = new ArrayList<>(), flagged = new ArrayList<>();
        int copied = 0, fixedEdits = 0;
        double confSum = 0;
        float[] bo = new float[NgramModel.MAX_ORDER + 2], bo2 = new float[NgramModel.MAX_ORDER + 2];
        for (int i = 0; i < tokens.size(); i++) {
            CandidateGenerator.Candidates c = lattice.get(i);
            Token t = tokens.get(i);
            String orig = t.text(text);
            String cased;
            String repair = lineRepairs.get(i);
            if (repair != null) { // a misread list label or stroke debris at a line's edge (ListLabels)
                out.append(text, copied, t.start()).append(repair);
                copied = t.end();
                if (repair.isEmpty()) while (copied < text.length() && text.charAt(copied) == ' ') copied++;
                // the edit covers what was removed (the spaces after dropped debris too); no decoder choice, so it is
                // left out of the page's mean confidence
                edits.add(new Edit(t.start(), text.substring(t.start(), copied), repair, 1.0));
                fixedEdits++;
                continue;
            }
            if (ocrPage && isMisreadDash(text, t)) {
                cased = "-";
            } else if (ocrPage && isMisreadOne(text, t)) {
                cased = "1";
            } else if (c.size() == 1 && c.forms()[0] == null) {
                if (t.kind() != Token.Kind.CODE || !ocrPage && modes[lineOf[i]] != LineTriage.Mode.GARBLED) continue;
                cased = repairCode(orig);
            } else {
                cased = applyCase(orig, c.forms()[best[i]]);
                if (ocrPage && isMisreadCapitals(text, tokens, i)) cased = cased.toLowerCase(Locale.ROOT);
            }
            if (orig.chars().noneMatch(Character::isLetter) && (t.start() == 0 || text.charAt(t.start() - 1) == '\n')) {
                cased = Character.toUpperCase(cased.charAt(0)) + cased.substring(1); // a misread label opens its line
            }
            if (cased.equals(orig)) continue;
            // S6'Y → Sở Y: the tokenizer split a word glued to the next one (SyllableTokenizer#hornEnd); the space was lost
            if (t.kind() == Token.Kind.NOISY_WORD && t.end() < text.length() && Character.isLetter(text.charAt(t.end()))) cased += " ";
            double conf = c.forms()[0] == null ? 1.0 : confidence(lattice, best, starts, i, bo, bo2);
            double soundFloor = soundOcr[i] && inName(text, tokens, i) ? OCR_NAME_FLAG_BELOW : OCR_SOUND_FLAG_BELOW;
            if (conf < flagBelow || soundOcr[i] && conf < Math.max(flagBelow, soundFloor)) {
                flagged.add(new Edit(t.start(), orig, cased, conf));
                continue;
            }
            out.append(text, copied, t.start()).append(cased);
            copied = t.end();
            edits.add(new Edit(t.start(), orig, cased, conf));
            confSum += conf;
        }
        out.append(text, copied, text.length());
        int scored = edits.size() - fixedEdits;
        return new Restored(out.toString(), edits.size(), scored == 0 ? 1.0 : confSum / scored, edits, flagged);
    }

    /**
     * What an OCR page gets besides the decoder's choices: misread list labels and stroke debris ({@link ListLabels}),
     * and abbreviations read with one letter wrong, spelled as the page spells them elsewhere ({@link OcrAbbreviations}).
     */
    private java.util.Map<Integer, String> ocrRepairs(String text, List<Token> tokens) {
        java.util.Map<Integer, String> labels = ListLabels.repairs(text, tokens);
        java.util.Map<Integer, String> abbreviations = OcrAbbreviations.repairs(text, tokens, w -> isAbbreviation(w, true));
        if (abbreviations.isEmpty()) return labels;
        java.util.Map<Integer, String> all = new java.util.HashMap<>(abbreviations);
        all.putAll(labels);
        return all;
    }

    /**
     * A word in title case after a word in title case of the same line, with only spaces between: a name's second word
     * on ({@code Hiệp Phú}; not a heading in capitals, whose words the model knows: {@code VẬT LIỆU NỔ}).
     */
    private static boolean inName(String text, List<Token> tokens, int i) {
        if (i == 0) return false;
        Token t = tokens.get(i), prev = tokens.get(i - 1);
        if (prev.kind() != Token.Kind.WORD || !isTitle(prev.text(text)) || !isTitle(t.text(text))) return false;
        for (int k = prev.end(); k < t.start(); k++) if (text.charAt(k) != ' ') return false;
        return true;
    }

    private static boolean isTitle(String w) {
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) return false;
        for (int k = 1; k < w.length(); k++) if (!Character.isLowerCase(w.charAt(k))) return false;
        return true;
    }

    /** A marked, valid syllable of the vocabulary: what the engine printed may be what the document says. */
    private boolean isSoundWord(String lower) {
        return isMarked(lower) && Syllables.isValid(lower) && lm.id(lower) != NgramModel.UNK;
    }

    private static boolean isMarked(String w) {
        for (int i = 0; i < w.length(); i++) if (w.charAt(i) > 0x7F && Character.isLetter(w.charAt(i))) return true;
        return false;
    }

    /** The letters of lexicon {@code [ocr_same_shape_capitals]}: a capital of the small letter's shape. */
    private static final String SAME_SHAPE_CAPITALS = String.join("", vn.plans.lexicon.Lexicon.standard().list("ocr_same_shape_capitals"));

    /**
     * A word printed in capitals made only of letters whose capital has the small letter's shape (lexicon
     * {@code [ocr_same_shape_capitals]}: c o s v w x z, with their marks), standing on its line between a word with small
     * letters and a word with small letters or a number: Tesseract's reading of the case, not the document's capitals
     * ({@code Thông tư SỐ 23/2024/TT-BCT}). Only a marked word (an abbreviation carries no tone mark: {@code CV}, {@code XD}
     * stay), and never in a line of capitals.
     */
    static boolean isMisreadCapitals(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.kind() != Token.Kind.WORD || i == 0 || i + 1 >= tokens.size()) return false;
        String w = t.text(text);
        if (w.length() < 2 || !isMarked(w)) return false;
        for (int k = 0; k < w.length(); k++) {
            char ch = w.charAt(k);
            if (!Character.isUpperCase(ch)) return false;
            if (SAME_SHAPE_CAPITALS.indexOf(Chars.base(Chars.decompose(Character.toLowerCase(ch)))) < 0) return false;
        }
        Token prev = tokens.get(i - 1), next = tokens.get(i + 1);
        if (text.substring(prev.end(), next.start()).indexOf('\n') >= 0) return false;
        boolean smallBefore = prev.kind() == Token.Kind.WORD && hasSmall(prev.text(text));
        boolean smallAfter = next.kind() == Token.Kind.WORD && hasSmall(next.text(text)) || Character.isDigit(text.charAt(next.start()));
        return smallBefore && smallAfter;
    }

    private static boolean hasSmall(String w) {
        for (int k = 0; k < w.length(); k++) if (Character.isLowerCase(w.charAt(k))) return true;
        return false;
    }

    /**
     * A {@code ~} that opens a line and is followed by a space: Tesseract's reading of the dash of a {@code - } list
     * item (as in the list of recipients of GP-2507); a tilde never opens a line of an administrative text.
     */
    static boolean isMisreadDash(String text, Token t) {
        if (t.kind() != Token.Kind.PUNCT || text.charAt(t.start()) != '~') return false;
        if (t.end() >= text.length() || text.charAt(t.end()) != ' ') return false;
        int b = t.start();
        while (b > 0 && (text.charAt(b - 1) == ' ' || text.charAt(b - 1) == '\t')) b--;
        return b == 0 || text.charAt(b - 1) == '\n';
    }

    /**
     * A {@code ]} closing a code of letters and digits with {@code +} or {@code .} before its last digits, glued to
     * nothing after it, with no {@code [} before it on its line nor left open on the line before: Tesseract's reading
     * of a number's last {@code 1} (TB-1894's chainage {@code Km2+571} printed {@code Km2+57]}). A year or a list
     * label ({@code 2025]} closing a citation opened a line earlier, {@code 2] Sở …} at a line's start) stays.
     */
    static boolean isMisreadOne(String text, Token t) {
        if (t.kind() != Token.Kind.PUNCT || t.end() - t.start() != 1 || text.charAt(t.start()) != ']') return false;
        if (t.end() < text.length() && Character.isLetterOrDigit(text.charAt(t.end()))) return false;
        int lineStart = text.lastIndexOf('\n', t.start() - 1) + 1;
        String before = text.substring(lineStart, t.start());
        if (before.indexOf('[') >= 0 || !MISREAD_ONE_CODE.matcher(before).find()) return false;
        if (lineStart == 0) return true;
        String previous = text.substring(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
        return previous.lastIndexOf('[') <= previous.lastIndexOf(']');
    }

    /** The code before a misread {@code ]}: after a space (never at the line's start), letters, digits, {@code +}/{@code .}, digits. */
    private static final java.util.regex.Pattern MISREAD_ONE_CODE = java.util.regex.Pattern.compile("[\\s(]\\p{L}+\\d*[+.]\\d+$");

    private static final java.util.regex.Pattern MISREAD_D = java.util.regex.Pattern.compile("(?<=[A-Z/-])P[bD](?=[-/A-Z]|$)");

    /** A document code on an OCR-garbled line: {@code Đ} read as {@code Pb}/{@code PD} inside capitals ({@code 27/QPb-} → {@code 27/QĐ-}). */
    static String repairCode(String code) {
        return MISREAD_D.matcher(code).replaceAll("Đ");
    }

    private CandidateGenerator.Candidates fixed(Token t, String text, String lower) {
        int id = switch (t.kind()) {
            case WORD -> {
                Integer known = wordIds.get(lower);
                if (known == null) {
                    String key = NgramTrainer.syllableKey(lower);
                    known = key == null ? NgramModel.UNK : lm.id(key);
                    if (wordIds.size() < CACHE_LIMIT) wordIds.put(lower, known);
                }
                yield known;
            }
            case NUMBER -> NgramModel.NUM;
            case PUNCT -> NgramModel.punctId(text.charAt(t.start()));
            default -> NgramModel.UNK;
        };
        CandidateGenerator.Candidates c = fixedById[id];
        if (c == null) fixedById[id] = c = new CandidateGenerator.Candidates(new int[] {id}, new String[] {null}, new float[] {0f});
        return c;
    }

    /**
     * Words never touched: single capitals (Roman numerals, list letters) and all-capital words with no syllable of
     * the same stripped form ({@code UBND}, {@code HĐND}); on OCR pages not one whose vowel was printed twice with two
     * marks, which a syllable spells with one of them ({@code PHÁẢI}: {@link CandidateGenerator#undoubled}).
     */
    private boolean isAbbreviation(String w, boolean ocrPage) {
        for (int i = 0; i < w.length(); i++) if (!Character.isUpperCase(w.charAt(i))) return false;
        if (w.length() == 1) return true;
        String lower = w.toLowerCase(Locale.ROOT);
        // on an OCR page a capital word with a vowel printed twice (PHÁẢI for PHẢI, in a bold heading) is a word
        return !generator.hasFold(vn.plans.normalize.Folding.fold(lower)) && !(ocrPage && generator.hasUndoubledFold(lower));
    }

    /**
     * Softmax share of the chosen candidate against the others at position i, given the chosen left context and the
     * chosen words to its right, as many as the model's order reaches ({@code order - 1}): with the next word alone a
     * heading's garbled agency head ({@code S¢ Lao động - Thương binh}) was scored against {@code Số Lao}, and its
     * edit to {@code Sở} fell under the flagging threshold.
     */
    private double confidence(List<CandidateGenerator.Candidates> lattice, int[] best, boolean[] starts, int i,
                              float[] bo, float[] bo2) {
        CandidateGenerator.Candidates c = lattice.get(i);
        long h = 0;
        int from = Math.max(0, i - lm.order() + 1);
        if (starts != null) for (int j = i; j > from; j--) if (starts[j]) { from = j; break; }
        for (int j = from; j < i; j++) h = lm.push(h, id(lattice, best, j));
        int right = Math.min(lm.order() - 1, best.length - i - 1);
        if (starts != null) for (int j = 1; j <= right; j++) if (starts[i + j]) { right = j - 1; break; }
        lm.backoffs(h, bo);
        double chosen = 0, total = 0;
        for (int k = 0; k < c.size(); k++) {
            int w = c.ids()[k];
            double s = lm.logProb(h, bo, w) + c.evidence()[k];
            long hw = lm.push(h, w);
            for (int j = 1; j <= right; j++) {
                int x = id(lattice, best, i + j);
                lm.backoffs(hw, bo2);
                s += lm.logProb(hw, bo2, x);
                hw = lm.push(hw, x);
            }
            if (right < lm.order() - 1) {
                lm.backoffs(hw, bo2);
                s += lm.logProb(hw, bo2, NgramModel.EOS);
            }
            double p = Math.pow(10, s);
            total += p;
            if (k == best[i]) chosen = p;
        }
        return total == 0 ? 0 : chosen / total;
    }

    /**
     * On an OCR page, the tokens that open a paragraph (the reflow's decision, {@link Reflow#paragraphStarts}): the
     * model's sentence starts there, as in its training text, one sentence per line. Without it a heading's last word
     * was the context of the next paragraph's first ({@code 2. Kiến nghị} / {@code Đề việc chấp hành}: {@code để}
     * after the start of a sentence is 10^2.4 likelier than {@code đề}, after {@code kiến nghị} 10^0.9). A title in
     * capitals goes on in the line after it ({@code THÔNG BÁO} / {@code Kết quả kiểm tra …}), so no sentence starts
     * there: alone, {@code THÔNG BẢO} is hardly less likely to the model than {@code THÔNG BÁO}.
     */
    private static boolean[] sentenceStarts(String text, List<Token> tokens, int[] lineOf) {
        boolean[] out = new boolean[tokens.size()];
        if (tokens.isEmpty()) return out;
        List<String> lines = new ArrayList<>();
        List<Integer> first = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && lineOf[i] == lineOf[i - 1]) continue;
            int a = text.lastIndexOf('\n', tokens.get(i).start() - 1) + 1, b = text.indexOf('\n', tokens.get(i).start());
            lines.add(text.substring(a, b < 0 ? text.length() : b));
            first.add(i);
        }
        boolean[] opens = Reflow.paragraphStarts(lines, true);
        for (int k = 1; k < opens.length; k++) {
            out[first.get(k)] = opens[k] && !Reflow.isUpperLine(lines.get(k - 1));
        }
        return out;
    }

    private static int id(List<CandidateGenerator.Candidates> lattice, int[] best, int i) {
        return lattice.get(i).ids()[best[i]];
    }

    /** The restored syllable in the printed word's case: per letter when lengths match, else by the word's shape. */
    static String applyCase(String printed, String form) {
        int upper = 0, lower = 0;
        for (int i = 0; i < printed.length(); i++) {
            char ch = printed.charAt(i);
            if (Character.isUpperCase(ch)) upper++;
            else if (Character.isLowerCase(ch)) lower++;
        }
        if (upper == 0) return form;
        if (form.equals(printed.toLowerCase(Locale.ROOT))) return printed;
        if (upper >= 2 && upper > lower) return form.toUpperCase(Locale.ROOT);
        if (printed.length() == form.length()) {
            StringBuilder sb = new StringBuilder(form.length());
            for (int i = 0; i < form.length(); i++) {
                char f = form.charAt(i);
                sb.append(Character.isUpperCase(printed.charAt(i)) ? Character.toUpperCase(f) : f);
            }
            return sb.toString();
        }
        return Character.isUpperCase(printed.charAt(0)) ? Character.toUpperCase(form.charAt(0)) + form.substring(1) : form;
    }

    private static int[] lineStarts(String text, List<Token> tokens) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int[] line = lineIndex(text, tokens);
        for (int i = 1; i < tokens.size(); i++) if (line[i] != line[i - 1]) starts.add(i);
        starts.add(tokens.size());
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Line number of each token, counting only lines that hold tokens. */
    private static int[] lineIndex(String text, List<Token> tokens) {
        int[] out = new int[tokens.size()];
        int line = 0, pos = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int s = tokens.get(i).start();
            boolean br = false;
            for (; pos < s; pos++) if (text.charAt(pos) == '\n') br = true;
            if (br && i > 0) line++;
            out[i] = line;
            pos = tokens.get(i).end();
        }
        return out;
    }
}

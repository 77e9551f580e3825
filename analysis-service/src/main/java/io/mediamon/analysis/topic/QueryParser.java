package io.mediamon.analysis.topic;

import io.mediamon.analysis.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses topic queries.
 *
 * <pre>
 * query   := and ( "OR" and )*
 * and     := unary ( ["AND"] unary )*          adjacent operands are ANDed
 * unary   := "NOT" unary | near
 * near    := primary ( "NEAR/" n primary )*    within n tokens, either order
 * primary := "(" query ")" | about | "quoted phrase" | word
 * about   := "ABOUT" "(" "a sentence that describes the topic" ")"
 * </pre>
 * {@code ABOUT("disputes over who owns and controls social-media apps")} holds when the document's embedding is close
 * enough to the sentence's ({@link AboutMatcher}); it composes with the other operators
 * ({@code ABOUT("…") AND TikTok}) but not with {@code NEAR}, which needs token positions. A description has
 * {@value #MIN_ABOUT_WORDS} to {@value #MAX_ABOUT_CHARS} characters' worth of words; a query has at most
 * {@value #MAX_ABOUT_TERMS} of them.
 * Operators are upper case ({@code and} is an ordinary word). A word may end or contain {@code *}
 * ({@code export*}); a hyphenated word is a phrase ({@code cross-border} = {@code "cross border"});
 * words in phrases may use {@code *} too. Matching is case-insensitive and ignores possessive 's.
 */
public final class QueryParser {
    static final String ABOUT = "ABOUT";
    static final int MIN_ABOUT_WORDS = 3;
    static final int MAX_ABOUT_CHARS = 400;
    static final int MAX_ABOUT_TERMS = 8;

    private enum Kind { LPAREN, RPAREN, PHRASE, WORD, AND, OR, NOT, NEAR, END }

    private record Lexeme(Kind kind, String text, int distance, int at) {
    }

    private final String source;
    private final List<Lexeme> lexemes;
    private int pos;
    private int aboutTerms;

    private QueryParser(String source) {
        this.source = source;
        this.lexemes = lex(source);
    }

    public static Query parse(String query) {
        QueryParser parser = new QueryParser(query);
        Query q = parser.or();
        if (parser.peek().kind() != Kind.END) {
            throw parser.error("unexpected '" + parser.peek().text() + "'");
        }
        return q;
    }

    private Query or() {
        List<Query> parts = new ArrayList<>();
        parts.add(and());
        while (peek().kind() == Kind.OR) {
            pos++;
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new Query.Or(parts);
    }

    private Query and() {
        List<Query> parts = new ArrayList<>();
        parts.add(unary());
        while (true) {
            Kind next = peek().kind();
            if (next == Kind.AND) {
                pos++;
            } else if (next != Kind.WORD && next != Kind.PHRASE && next != Kind.LPAREN && next != Kind.NOT) {
                break;
            }
            parts.add(unary());
        }
        return parts.size() == 1 ? parts.get(0) : new Query.And(parts);
    }

    private Query unary() {
        if (peek().kind() == Kind.NOT) {
            pos++;
            return new Query.Not(unary());
        }
        return near();
    }

    private Query near() {
        Query left = primary();
        while (peek().kind() == Kind.NEAR) {
            Lexeme op = lexemes.get(pos++);
            Query right = primary();
            if (left.usesAbout() || right.usesAbout()) {
                throw new IllegalArgumentException("ABOUT cannot be an operand of " + op.text() + " (it has no position)"
                        + " at " + op.at() + " in query: " + source);
            }
            left = new Query.Near(left, right, op.distance());
        }
        return left;
    }

    private Query about() {
        Lexeme at = lexemes.get(pos);
        pos += 2;
        Lexeme description = peek();
        if (description.kind() != Kind.PHRASE) {
            throw error("ABOUT needs a quoted sentence: ABOUT(\"what the topic is about\")");
        }
        pos++;
        if (peek().kind() != Kind.RPAREN) {
            throw error("missing ')' after ABOUT's sentence");
        }
        pos++;
        String text = description.text().strip();
        if (text.length() > MAX_ABOUT_CHARS) {
            throw new IllegalArgumentException("ABOUT's sentence has more than " + MAX_ABOUT_CHARS + " characters at "
                    + at.at() + " in query: " + source);
        }
        if (Tokenizer.queryTerms(text).size() < MIN_ABOUT_WORDS) {
            throw new IllegalArgumentException("ABOUT needs a sentence of at least " + MIN_ABOUT_WORDS
                    + " words that describes the topic at " + at.at() + " in query: " + source);
        }
        if (++aboutTerms > MAX_ABOUT_TERMS) {
            throw new IllegalArgumentException("more than " + MAX_ABOUT_TERMS + " ABOUT terms in query: " + source);
        }
        return new Query.About(text);
    }

    private Query primary() {
        Lexeme lx = lexemes.get(pos);
        switch (lx.kind()) {
            case LPAREN -> {
                pos++;
                Query inner = or();
                if (peek().kind() != Kind.RPAREN) {
                    throw error("missing ')'");
                }
                pos++;
                return inner;
            }
            case WORD -> {
                if (lx.text().equals(ABOUT) && lexemes.get(pos + 1).kind() == Kind.LPAREN) {
                    return about();
                }
                pos++;
                return wordsQuery(lx.text(), false);
            }
            case PHRASE -> {
                pos++;
                return wordsQuery(lx.text(), lx.kind() == Kind.PHRASE);
            }
            default -> throw error(lx.kind() == Kind.END ? "unexpected end of query" : "unexpected '" + lx.text() + "'");
        }
    }

    private Query wordsQuery(String text, boolean quoted) {
        List<TermPattern> words = new ArrayList<>();
        for (String part : Tokenizer.queryTerms(text)) {
            words.add(new TermPattern(part));
        }
        if (words.isEmpty()) {
            throw error(quoted ? "empty phrase" : "empty term '" + text + "'");
        }
        return words.size() == 1 ? new Query.Term(words.get(0)) : new Query.Phrase(words);
    }

    private Lexeme peek() {
        return lexemes.get(pos);
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException(message + " at " + peek().at() + " in query: " + source);
    }

    private static List<Lexeme> lex(String s) {
        List<Lexeme> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                out.add(new Lexeme(c == '(' ? Kind.LPAREN : Kind.RPAREN, String.valueOf(c), 0, i));
                i++;
            } else if (c == '"') {
                int close = s.indexOf('"', i + 1);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed quote at " + i + " in query: " + s);
                }
                out.add(new Lexeme(Kind.PHRASE, s.substring(i + 1, close), 0, i));
                i = close + 1;
            } else {
                int start = i;
                while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && "()\"".indexOf(s.charAt(i)) < 0) {
                    i++;
                }
                out.add(word(s.substring(start, i), start, s));
            }
        }
        out.add(new Lexeme(Kind.END, "", 0, s.length()));
        return out;
    }

    private static Lexeme word(String w, int at, String source) {
        switch (w) {
            case "AND" -> {
                return new Lexeme(Kind.AND, w, 0, at);
            }
            case "OR" -> {
                return new Lexeme(Kind.OR, w, 0, at);
            }
            case "NOT" -> {
                return new Lexeme(Kind.NOT, w, 0, at);
            }
            default -> {
                if (w.startsWith("NEAR/")) {
                    try {
                        int n = Integer.parseInt(w.substring(5));
                        if (n < 0) {
                            throw new NumberFormatException();
                        }
                        return new Lexeme(Kind.NEAR, w, n, at);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("bad proximity '" + w + "' at " + at + " in query: " + source);
                    }
                }
                return new Lexeme(Kind.WORD, w, 0, at);
            }
        }
    }
}

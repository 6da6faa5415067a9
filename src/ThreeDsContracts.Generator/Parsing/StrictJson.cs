using System.Collections.Generic;

namespace ThreeDsContracts.Generator.Parsing;

/// <summary>
/// Strict JSON (RFC 8259) syntax check of a schema text. Newtonsoft.Json, which the parser and NJsonSchema read
/// schemas with, also accepts comments, trailing commas, single-quoted strings, unquoted property names and
/// NaN/Infinity; other JSON Schema tools (and System.Text.Json) refuse them, so a schema must not rely on them.
/// The first place that is not strict JSON is reported, with its 1-based line and column (TDS0001).
/// </summary>
internal static class StrictJson
{
    /// <summary>Where a text stops being strict JSON, and why.</summary>
    internal sealed record Violation(int Line, int Column, string Message);

    /// <summary>The first violation of strict JSON in <paramref name="text"/>, or <c>null</c> when it is strict JSON.</summary>
    public static Violation? Find(string text) => new Scanner(text).Run();

    private sealed class Scanner
    {
        private readonly string _text;
        private readonly Stack<char> _open = new();
        private int _index;

        public Scanner(string text)
        {
            _text = text;
            // A byte order mark is not part of the JSON text (RFC 8259, 8.1 lets parsers ignore it).
            _index = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        }

        private char Current => _index < _text.Length ? _text[_index] : '\0';

        private bool AtEnd => _index >= _text.Length;

        public Violation? Run()
        {
            SkipWhiteSpace();
            if (Value() is Violation first)
            {
                return first;
            }

            while (true)
            {
                SkipWhiteSpace();
                if (_open.Count == 0)
                {
                    return AtEnd ? null : Unexpected("after the root value");
                }

                char container = _open.Peek();
                char close = container == '{' ? '}' : ']';
                if (Current == close)
                {
                    _open.Pop();
                    _index++;
                    continue;
                }

                if (Current != ',')
                {
                    return Unexpected(container == '{' ? "where ',' or '}' should follow a property" : "where ',' or ']' should follow an item");
                }

                int comma = _index++;
                SkipWhiteSpace();
                if (Current == close)
                {
                    return At(comma, "a trailing comma before '" + close + "' (strict JSON has none)");
                }

                if ((container == '{' ? Member() : Value()) is Violation next)
                {
                    return next;
                }
            }
        }

        /// <summary>One value; an object or array that is not empty stays open on the stack.</summary>
        private Violation? Value()
        {
            switch (Current)
            {
                case '{':
                case '[':
                    char open = Current;
                    _index++;
                    SkipWhiteSpace();
                    if (Current == (open == '{' ? '}' : ']'))
                    {
                        _index++;
                        return null;
                    }

                    _open.Push(open);
                    return open == '{' ? Member() : Value();
                case '"':
                    return String();
                case '-':
                case >= '0' and <= '9':
                    return Number();
                case 't':
                    return Literal("true");
                case 'f':
                    return Literal("false");
                case 'n':
                    return Literal("null");
                default:
                    return Unexpected("where a value should be");
            }
        }

        /// <summary>A property name, its colon and its value.</summary>
        private Violation? Member()
        {
            if (Current != '"')
            {
                return Unexpected("where a property name in double quotes should be");
            }

            if (String() is Violation name)
            {
                return name;
            }

            SkipWhiteSpace();
            if (Current != ':')
            {
                return Unexpected("where ':' should follow a property name");
            }

            _index++;
            SkipWhiteSpace();
            return Value();
        }

        private Violation? String()
        {
            int start = _index++;
            while (!AtEnd)
            {
                char c = _text[_index];
                if (c == '"')
                {
                    _index++;
                    return null;
                }

                if (c < ' ')
                {
                    return At(_index, "a control character inside a string (strict JSON needs it escaped)");
                }

                if (c == '\\')
                {
                    int escape = _index++;
                    char next = Current;
                    if (next == 'u')
                    {
                        for (int i = 1; i <= 4; i++)
                        {
                            if (!IsHex(_index + i < _text.Length ? _text[_index + i] : '\0'))
                            {
                                return At(escape, "an invalid \\u escape (four hexadecimal digits follow \\u)");
                            }
                        }

                        _index += 5;
                        continue;
                    }

                    if (next is not ('"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't'))
                    {
                        return At(escape, "an invalid escape sequence in a string");
                    }
                }

                _index++;
            }

            return At(start, "a string that is not closed");
        }

        private Violation? Number()
        {
            int start = _index;
            if (Current == '-')
            {
                _index++;
            }

            if (Current == '0')
            {
                _index++;
            }
            else if (Current is >= '1' and <= '9')
            {
                SkipDigits();
            }
            else
            {
                return At(start, "an invalid number");
            }

            if (Current == '.')
            {
                _index++;
                if (!IsDigit(Current))
                {
                    return At(start, "an invalid number (digits must follow '.')");
                }

                SkipDigits();
            }

            if (Current is 'e' or 'E')
            {
                _index++;
                if (Current is '+' or '-')
                {
                    _index++;
                }

                if (!IsDigit(Current))
                {
                    return At(start, "an invalid number (digits must follow the exponent)");
                }

                SkipDigits();
            }

            return null;
        }

        private Violation? Literal(string literal)
        {
            if (string.CompareOrdinal(_text, _index, literal, 0, literal.Length) != 0)
            {
                return Unexpected("where a value should be");
            }

            _index += literal.Length;
            return null;
        }

        private void SkipWhiteSpace()
        {
            while (Current is ' ' or '\t' or '\n' or '\r')
            {
                _index++;
            }
        }

        private void SkipDigits()
        {
            while (IsDigit(Current))
            {
                _index++;
            }
        }

        private static bool IsDigit(char c) => c is >= '0' and <= '9';

        private static bool IsHex(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';

        /// <summary>What stands at the current position, named for what strict JSON refuses most often.</summary>
        private Violation Unexpected(string where)
        {
            if (AtEnd)
            {
                return At(_index, "the text ends " + where);
            }

            char c = Current;
            char next = _index + 1 < _text.Length ? _text[_index + 1] : '\0';
            string what = c == '/' && next is '/' or '*' ? "a comment (strict JSON has none)"
                : c == '\'' ? "a single-quoted string (strict JSON quotes with \")"
                : char.IsLetter(c) || c == '_' || c == '$' ? "a bare word (strict JSON quotes names and strings with \"; its only words are true, false and null)"
                : "'" + c + "' " + where;
            return At(_index, what);
        }

        private Violation At(int index, string message)
        {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < index && i < _text.Length; i++)
            {
                if (_text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return new Violation(line, index - lineStart + 1, message);
        }
    }
}

namespace System
{
    /// <summary>Linguistic (culture-sensitive) comparison reproducing ICU's root collation as CoreCLR uses it for the
    /// invariant culture, for Latin-1: control characters are ignorable; punctuation and symbols sort before digits,
    /// digits before letters; letters compare by base letter (primary), then accent in DUCET's secondary order
    /// (acute &lt; grave &lt; breve &lt; circumflex &lt; caron &lt; ring &lt; diaeresis &lt; double acute &lt; tilde &lt; dot &lt;
    /// stroke &lt; cedilla), then case (lower before upper). æ and ß expand to "ae" and "ss" (plus a secondary mark).
    /// Characters beyond Latin-1 fall back to code-point order after the Latin letters (approximate; see README).</summary>
    internal static class InvariantCollation
    {
        // Primary order of printable ASCII punctuation/symbols (ICU root, non-ignorable), lowest first.
        private const string PunctOrder = "_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";
        // Latin-1 letters U+00E0..U+00FF (and uppercase U+00C0..U+00DE by folding): base letter and accent code.
        private const string Bases = "aaaaaa\u0001ceeeeiiii\u0002nooooo\0ouuuuy\u0003y";
        private const string Accents = "\u0002\u0001\u0004\u0009\u0007\u0006\0\u000C\u0002\u0001\u0004\u0007\u0002\u0001\u0004\u0007\0\u0009\u0002\u0001\u0004\u0009\u0007\0\u000B\u0002\u0001\u0004\u0007\u0001\0\u0007";
        private const int Ignorable = -1;

        private struct Element { public int P, S, T; }

        /// <summary>Collation elements of c (up to 4); count 0 if completely ignorable. P == Ignorable marks a
        /// secondary-only element (an accent), skipped at the primary level.</summary>
        private static int Elements(char c, Span<Element> e)
        {
            if ((uint)(c - 0x09) <= 0x0D - 0x09) { e[0] = new Element { P = 1 + (c - 0x09), S = 1 }; return 1; }
            if (c == 0x85) { e[0] = new Element { P = 6, S = 1 }; return 1; }
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xAD) return 0;
            if (c == ' ') { e[0] = new Element { P = 8, S = 1 }; return 1; }
            if (c == '\u00A0') { e[0] = new Element { P = 8, S = 1, T = 1 }; return 1; }
            int p = PunctOrder.IndexOf(c);
            if (p >= 0) { e[0] = new Element { P = 10 + p, S = 1 }; return 1; }
            if (c >= '0' && c <= '9') { e[0] = new Element { P = 100 + (c - '0'), S = 1 }; return 1; }
            if (c >= 'a' && c <= 'z') { e[0] = new Element { P = Letter(c), S = 1 }; return 1; }
            if (c >= 'A' && c <= 'Z') { e[0] = new Element { P = Letter((char)(c + 32)), S = 1, T = 1 }; return 1; }
            if (c == 0xDF)
            {
                e[0] = new Element { P = Letter('s'), S = 1 };
                e[1] = new Element { P = Ignorable, S = 40 };
                e[2] = new Element { P = Letter('s'), S = 1 };
                return 3;
            }
            if (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7)
            {
                int t = c < 0xE0 ? 1 : 0;
                int i = (c | 0x20) - 0xE0;
                if (c == 0xFF) i = 0x1F;
                char b = Bases[i];
                if (b == '\u0001')
                {
                    e[0] = new Element { P = Letter('a'), S = 1, T = t };
                    e[1] = new Element { P = Ignorable, S = 41 };
                    e[2] = new Element { P = Letter('e'), S = 1, T = t };
                    return 3;
                }
                if (b == '\u0003') { e[0] = new Element { P = Letter('z') + 2, S = 1, T = t }; return 1; }
                int acc = b == '\u0002' ? 15 : Accents[i];
                e[0] = new Element { P = Letter(b == '\u0002' ? 'd' : b), S = 1, T = t };
                if (acc == 0) return 1;
                e[1] = new Element { P = Ignorable, S = 1 + acc };
                return 2;
            }
            if (c < 0x100) { e[0] = new Element { P = 60 + c, S = 1 }; return 1; } // other Latin-1 symbols
            char l = char.ToLowerInvariant(c);
            e[0] = new Element { P = 1000 + l, S = 1, T = l != c ? 1 : 0 };
            return 1;
        }

        private static int Letter(char lower) => 200 + (lower - 'a') * 4;

        internal static int Compare(ReadOnlySpan<char> a, ReadOnlySpan<char> b, bool ignoreCase)
        {
            int c = CompareLevel(a, b, 0);
            if (c != 0) return c;
            c = CompareLevel(a, b, 1);
            if (c != 0) return c;
            if (!ignoreCase) { c = CompareLevel(a, b, 2); if (c != 0) return c; }
            return 0;
        }

        private ref struct Cursor
        {
            private readonly ReadOnlySpan<char> _s;
            private int _i;
            private Element _e0, _e1, _e2;
            private int _n, _k;
            public Cursor(ReadOnlySpan<char> s) { _s = s; _i = 0; _e0 = default; _e1 = default; _e2 = default; _n = 0; _k = 0; }
            /// <summary>Next element's weight at level (skipping elements ignorable at primary level); false at end.</summary>
            public bool Next(int level, out int w)
            {
                while (true)
                {
                    if (_k < _n)
                    {
                        Element e = _k == 0 ? _e0 : _k == 1 ? _e1 : _e2;
                        _k++;
                        if (level == 0 && e.P == Ignorable) continue;
                        w = level == 0 ? e.P : level == 1 ? e.S : e.T;
                        return true;
                    }
                    if (_i >= _s.Length) { w = 0; return false; }
                    Span<Element> buf = stackalloc Element[4];
                    _n = Elements(_s[_i++], buf);
                    _e0 = buf[0]; _e1 = buf[1]; _e2 = buf[2]; _k = 0;
                }
            }
        }

        private static int CompareLevel(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int level)
        {
            var ca = new Cursor(a);
            var cb = new Cursor(b);
            while (true)
            {
                bool ha = ca.Next(level, out int wa), hb = cb.Next(level, out int wb);
                if (!ha || !hb) return ha ? 1 : hb ? -1 : 0;
                if (wa != wb) return wa < wb ? -1 : 1;
            }
        }

        internal static int IndexOf(ReadOnlySpan<char> s, ReadOnlySpan<char> value, bool ignoreCase)
        {
            if (value.Length == 0) return 0;
            for (int i = 0; i <= s.Length - value.Length; i++)
                if (Compare(s.Slice(i, value.Length), value, ignoreCase) == 0) return i;
            return -1;
        }

        internal static bool StartsWith(ReadOnlySpan<char> s, ReadOnlySpan<char> prefix, bool ignoreCase)
            => prefix.Length <= s.Length && Compare(s.Slice(0, prefix.Length), prefix, ignoreCase) == 0;

        internal static bool EndsWith(ReadOnlySpan<char> s, ReadOnlySpan<char> suffix, bool ignoreCase)
            => suffix.Length <= s.Length && Compare(s.Slice(s.Length - suffix.Length), suffix, ignoreCase) == 0;

        internal static int GetHashCode(ReadOnlySpan<char> s)
        {
            int h = 0;
            Span<Element> buf = stackalloc Element[4];
            foreach (char c in s)
            {
                int n = Elements(c, buf);
                for (int k = 0; k < n; k++) if (buf[k].P != Ignorable) h = h * 31 + buf[k].P;
            }
            return h;
        }
    }
}

namespace System
{
    /// <summary>Linguistic (culture-sensitive) comparison approximating ICU's root collation as CoreCLR uses it for the
    /// invariant culture: control characters are ignorable; punctuation and symbols sort before digits, digits before
    /// letters; letters compare case- and accent-insensitively first (primary), then by accent (secondary), then lowercase
    /// before uppercase (tertiary). Exact for ASCII letters/digits; approximate elsewhere (see README).</summary>
    internal static class InvariantCollation
    {
        // Primary order of printable ASCII punctuation/symbols (ICU root, non-ignorable), lowest first.
        private const string PunctOrder = "_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";

        private static int Primary(char c, out int secondary, out int tertiary)
        {
            secondary = 0; tertiary = 0;
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xAD) return -1; // ignorable
            if (c == ' ' || c == '\u00A0') return 1;
            int p = PunctOrder.IndexOf(c);
            if (p >= 0) return 10 + p;
            if (c >= '0' && c <= '9') return 100 + (c - '0');
            char b = BaseLetter(c, out secondary);
            if (b >= 'a' && b <= 'z') { tertiary = IsUpperLetter(c) ? 1 : 0; return 200 + (b - 'a') * 4; }
            if (c < 0x100) return 60 + c; // other Latin-1 symbols: after ASCII punctuation, before digits
            char l = char.ToLowerInvariant(c);
            tertiary = l != c ? 1 : 0;
            return 1000 + l;
        }

        private static bool IsUpperLetter(char c) => (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);

        private static char BaseLetter(char c, out int accent)
        {
            accent = 0;
            if (c >= 'a' && c <= 'z') return c;
            if (c >= 'A' && c <= 'Z') return (char)(c + 32);
            if (c < 0xC0 || c > 0xFF || c == 0xD7 || c == 0xF7) return '\0';
            const string bases = "aaaaaaaceeeeiiiidnooooo\0ouuuuyts";
            const string accents = "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0001\u0001\u0002\u0003\u0005\u0001\u0002\u0003\u0005\u0001\u0004\u0001\u0002\u0003\u0004\u0005\u0000\u0006\u0001\u0002\u0003\u0005\u0001\u0001\u0001";
            int i = (c | 0x20) - 0xE0;
            if (c == 0xDF) { accent = 1; return 's'; }
            if (c == 0xFF) { accent = 5; return 'y'; }
            if (i < 0 || i >= bases.Length) return '\0';
            accent = accents[i];
            return bases[i];
        }

        internal static int Compare(ReadOnlySpan<char> a, ReadOnlySpan<char> b, bool ignoreCase)
        {
            int c = CompareLevel(a, b, 0);
            if (c != 0) return c;
            c = CompareLevel(a, b, 1);
            if (c != 0) return c;
            if (!ignoreCase) { c = CompareLevel(a, b, 2); if (c != 0) return c; }
            return 0;
        }

        private static int CompareLevel(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int level)
        {
            int i = 0, j = 0;
            while (true)
            {
                int wa = -1, wb = -1;
                while (i < a.Length && (wa = Weight(a[i++], level)) < 0) { }
                while (j < b.Length && (wb = Weight(b[j++], level)) < 0) { }
                if (wa < 0 || wb < 0) return wa < 0 ? (wb < 0 ? 0 : -1) : 1;
                if (wa != wb) return wa < wb ? -1 : 1;
            }
        }

        private static int Weight(char c, int level)
        {
            int p = Primary(c, out int s, out int t);
            if (p < 0) return -1;
            return level == 0 ? p : level == 1 ? s : t;
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
            foreach (char c in s) { int w = Primary(c, out _, out _); if (w >= 0) h = h * 31 + w; }
            return h;
        }
    }
}

using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.Versioning;

namespace System
{
    /// <summary>Char. Unicode categories are exact for Latin-1 and approximate beyond it (common scripts only);
    /// case mapping covers Latin-1, Latin Extended-A, Greek and Cyrillic (invariant culture).</summary>
    [Serializable]
    public readonly partial struct Char : IComparable, IComparable<char>, IEquatable<char>, IFormattable, ISpanFormattable
    {
        private readonly char m_value;

        public const char MaxValue = (char)0xFFFF;
        public const char MinValue = (char)0x00;

        public override int GetHashCode() => (int)m_value | ((int)m_value << 16);
        public override bool Equals(object obj) => obj is char c && m_value == c;
        [NonVersionable] public bool Equals(char obj) => m_value == obj;
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is char c)) throw new ArgumentException(SR.Arg_MustBeChar);
            return m_value - c;
        }
        public int CompareTo(char value) => m_value - value;

        public override string ToString() => ToString(m_value);
        public string ToString(IFormatProvider provider) => ToString(m_value);
        public static string ToString(char c) => string.CreateFromChar(c);
        string IFormattable.ToString(string format, IFormatProvider formatProvider) => ToString(m_value);
        bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider provider)
        {
            if (destination.Length > 0) { destination[0] = m_value; charsWritten = 1; return true; }
            charsWritten = 0; return false;
        }

        public static char Parse(string s)
        {
            if (s == null) ThrowHelper.ThrowArgumentNullException("s");
            if (s.Length != 1) throw new FormatException(SR.Format_NeedSingleChar);
            return s[0];
        }

        public static bool TryParse(string s, out char result)
        {
            result = '\0';
            if (s == null || s.Length != 1) return false;
            result = s[0];
            return true;
        }

        public TypeCode GetTypeCode() => TypeCode.Char;

        // ---- classification (CharInfo holds the tables) ----
        public static bool IsAscii(char c) => c <= 0x7F;
        public static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;
        public static bool IsAsciiHexDigit(char c) => (uint)(c - '0') <= 9 || (uint)((c | 0x20) - 'a') <= 5;
        public static bool IsAsciiHexDigitUpper(char c) => (uint)(c - '0') <= 9 || (uint)(c - 'A') <= 5;
        public static bool IsAsciiHexDigitLower(char c) => (uint)(c - '0') <= 9 || (uint)(c - 'a') <= 5;
        public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';
        public static bool IsAsciiLetterLower(char c) => (uint)(c - 'a') <= 'z' - 'a';
        public static bool IsAsciiLetterUpper(char c) => (uint)(c - 'A') <= 'Z' - 'A';
        public static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || IsAsciiDigit(c);
        public static bool IsBetween(char c, char minInclusive, char maxInclusive) => (uint)(c - minInclusive) <= (uint)(maxInclusive - minInclusive);

        public static bool IsDigit(char c) => c <= 0xFF ? (uint)(c - '0') <= 9 : CharInfo.GetCategory(c) == UnicodeCategory.DecimalDigitNumber;
        public static bool IsLetter(char c) => CharInfo.IsLetterCategory(CharInfo.GetCategory(c));
        public static bool IsLetterOrDigit(char c) { var k = CharInfo.GetCategory(c); return CharInfo.IsLetterCategory(k) || k == UnicodeCategory.DecimalDigitNumber; }
        public static bool IsUpper(char c) => CharInfo.GetCategory(c) == UnicodeCategory.UppercaseLetter;
        public static bool IsLower(char c) => CharInfo.GetCategory(c) == UnicodeCategory.LowercaseLetter;
        public static bool IsWhiteSpace(char c) => CharInfo.IsWhiteSpace(c);
        public static bool IsControl(char c) => CharInfo.GetCategory(c) == UnicodeCategory.Control;
        public static bool IsNumber(char c) { var k = CharInfo.GetCategory(c); return k == UnicodeCategory.DecimalDigitNumber || k == UnicodeCategory.LetterNumber || k == UnicodeCategory.OtherNumber; }
        public static bool IsPunctuation(char c) { var k = CharInfo.GetCategory(c); return k >= UnicodeCategory.ConnectorPunctuation && k <= UnicodeCategory.OtherPunctuation; }
        public static bool IsSymbol(char c) { var k = CharInfo.GetCategory(c); return k >= UnicodeCategory.MathSymbol && k <= UnicodeCategory.OtherSymbol; }
        public static bool IsSeparator(char c) { var k = CharInfo.GetCategory(c); return k >= UnicodeCategory.SpaceSeparator && k <= UnicodeCategory.ParagraphSeparator; }
        public static bool IsSurrogate(char c) => (uint)(c - 0xD800) <= 0x7FF;
        public static bool IsHighSurrogate(char c) => (uint)(c - 0xD800) <= 0x3FF;
        public static bool IsLowSurrogate(char c) => (uint)(c - 0xDC00) <= 0x3FF;
        public static bool IsSurrogatePair(char highSurrogate, char lowSurrogate) => IsHighSurrogate(highSurrogate) && IsLowSurrogate(lowSurrogate);

        public static bool IsDigit(string s, int index) => IsDigit(At(s, index));
        public static bool IsLetter(string s, int index) => IsLetter(At(s, index));
        public static bool IsLetterOrDigit(string s, int index) => IsLetterOrDigit(At(s, index));
        public static bool IsUpper(string s, int index) => IsUpper(At(s, index));
        public static bool IsLower(string s, int index) => IsLower(At(s, index));
        public static bool IsWhiteSpace(string s, int index) => IsWhiteSpace(At(s, index));
        public static bool IsPunctuation(string s, int index) => IsPunctuation(At(s, index));
        public static bool IsSymbol(string s, int index) => IsSymbol(At(s, index));
        public static bool IsSeparator(string s, int index) => IsSeparator(At(s, index));
        public static bool IsControl(string s, int index) => IsControl(At(s, index));
        public static bool IsNumber(string s, int index) => IsNumber(At(s, index));
        public static bool IsSurrogate(string s, int index) => IsSurrogate(At(s, index));
        public static bool IsHighSurrogate(string s, int index) => IsHighSurrogate(At(s, index));
        public static bool IsLowSurrogate(string s, int index) => IsLowSurrogate(At(s, index));
        public static UnicodeCategory GetUnicodeCategory(char c) => CharInfo.GetCategory(c);
        public static UnicodeCategory GetUnicodeCategory(string s, int index) => CharInfo.GetCategory(At(s, index));

        private static char At(string s, int index)
        {
            if (s == null) ThrowHelper.ThrowArgumentNullException("s");
            if ((uint)index >= (uint)s.Length) ThrowHelper.ThrowArgumentOutOfRangeException("index");
            return s[index];
        }

        public static double GetNumericValue(char c)
        {
            if ((uint)(c - '0') <= 9) return c - '0';
            if (c > 0xFF && CharInfo.GetCategory(c) == UnicodeCategory.DecimalDigitNumber)
            {
                // Unicode decimal digits come in runs of ten, zero first.
                int start = c;
                while (start > 0 && CharInfo.GetCategory((char)(start - 1)) == UnicodeCategory.DecimalDigitNumber) start--;
                return (c - start) % 10;
            }
            switch (c)
            {
                case '\u00B2': return 2; case '\u00B3': return 3; case '\u00B9': return 1;
                case '\u00BC': return 0.25; case '\u00BD': return 0.5; case '\u00BE': return 0.75;
            }
            return -1;
        }
        public static double GetNumericValue(string s, int index) => GetNumericValue(At(s, index));

        public static char ToUpper(char c) => CharInfo.ToUpper(c);
        public static char ToLower(char c) => CharInfo.ToLower(c);
        public static char ToUpperInvariant(char c) => CharInfo.ToUpper(c);
        public static char ToLowerInvariant(char c) => CharInfo.ToLower(c);
        public static char ToUpper(char c, CultureInfo culture) => CharInfo.ToUpper(c);
        public static char ToLower(char c, CultureInfo culture) => CharInfo.ToLower(c);

        public static string ConvertFromUtf32(int utf32)
        {
            if ((uint)utf32 > 0x10FFFF || (uint)(utf32 - 0xD800) <= 0x7FF)
                throw new ArgumentOutOfRangeException(nameof(utf32), SR.ArgumentOutOfRange_InvalidUTF32);
            if (utf32 < 0x10000) return string.CreateFromChar((char)utf32);
            utf32 -= 0x10000;
            return new string(new char[] { (char)(0xD800 + (utf32 >> 10)), (char)(0xDC00 + (utf32 & 0x3FF)) });
        }

        public static int ConvertToUtf32(char highSurrogate, char lowSurrogate)
        {
            if (!IsHighSurrogate(highSurrogate)) throw new ArgumentOutOfRangeException(nameof(highSurrogate), "A valid high surrogate character is between 0xd800 and 0xdbff, inclusive.");
            if (!IsLowSurrogate(lowSurrogate)) throw new ArgumentOutOfRangeException(nameof(lowSurrogate), "A valid low surrogate character is between 0xdc00 and 0xdfff, inclusive.");
            return ((highSurrogate - 0xD800) << 10) + (lowSurrogate - 0xDC00) + 0x10000;
        }

        public static int ConvertToUtf32(string s, int index)
        {
            char c = At(s, index);
            if (IsHighSurrogate(c) && index + 1 < s.Length && IsLowSurrogate(s[index + 1])) return ConvertToUtf32(c, s[index + 1]);
            if (IsSurrogate(c)) throw new ArgumentException(SR.Format("Found a high surrogate char without a following low surrogate at index: {0}. The input may not be in this encoding, or may not contain valid Unicode (UTF-16) characters.", index), nameof(s));
            return c;
        }
    }

    internal static class CharInfo
    {
        // Latin-1 categories, one byte each (UnicodeCategory values).
        private static readonly byte[] s_latin1 = BuildLatin1();

        private static byte[] BuildLatin1()
        {
            var t = new byte[256];
            for (int i = 0; i < 256; i++)
            {
                UnicodeCategory k;
                char c = (char)i;
                if (i < 0x20 || (i >= 0x7F && i <= 0x9F)) k = UnicodeCategory.Control;
                else if (i == 0x20 || i == 0xA0) k = UnicodeCategory.SpaceSeparator;
                else if (c >= '0' && c <= '9') k = UnicodeCategory.DecimalDigitNumber;
                else if (c >= 'A' && c <= 'Z') k = UnicodeCategory.UppercaseLetter;
                else if (c >= 'a' && c <= 'z') k = UnicodeCategory.LowercaseLetter;
                else if ((i >= 0xC0 && i <= 0xDE && i != 0xD7)) k = UnicodeCategory.UppercaseLetter;
                else if ((i >= 0xDF && i <= 0xFF && i != 0xF7) || i == 0xB5) k = UnicodeCategory.LowercaseLetter;
                else if (i == 0xAA || i == 0xBA) k = UnicodeCategory.OtherLetter;
                else if (i == 0xB2 || i == 0xB3 || i == 0xB9 || (i >= 0xBC && i <= 0xBE)) k = UnicodeCategory.OtherNumber;
                else if (i == 0xAD) k = UnicodeCategory.Format;
                else
                {
                    switch (c)
                    {
                        case '_': k = UnicodeCategory.ConnectorPunctuation; break;
                        case '-': k = UnicodeCategory.DashPunctuation; break;
                        case '(': case '[': case '{': k = UnicodeCategory.OpenPunctuation; break;
                        case ')': case ']': case '}': k = UnicodeCategory.ClosePunctuation; break;
                        case '\u00AB': k = UnicodeCategory.InitialQuotePunctuation; break;
                        case '\u00BB': k = UnicodeCategory.FinalQuotePunctuation; break;
                        case '+': case '<': case '=': case '>': case '|': case '~': case '\u00AC': case '\u00B1': case '\u00D7': case '\u00F7': k = UnicodeCategory.MathSymbol; break;
                        case '$': case '\u00A2': case '\u00A3': case '\u00A4': case '\u00A5': k = UnicodeCategory.CurrencySymbol; break;
                        case '^': case '`': case '\u00A8': case '\u00AF': case '\u00B4': case '\u00B8': k = UnicodeCategory.ModifierSymbol; break;
                        case '\u00A6': case '\u00A9': case '\u00AE': case '\u00B0': k = UnicodeCategory.OtherSymbol; break;
                        default: k = UnicodeCategory.OtherPunctuation; break;
                    }
                }
                t[i] = (byte)k;
            }
            return t;
        }

        internal static bool IsLetterCategory(UnicodeCategory k) => k <= UnicodeCategory.OtherLetter;

        internal static UnicodeCategory GetCategory(char c)
        {
            if (c <= 0xFF) return (UnicodeCategory)s_latin1[c];
            if (char.IsSurrogate(c)) return UnicodeCategory.Surrogate;
            if (c >= 0xE000 && c <= 0xF8FF) return UnicodeCategory.PrivateUse;
            if (c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000) return UnicodeCategory.SpaceSeparator;
            if (c == 0x2028) return UnicodeCategory.LineSeparator;
            if (c == 0x2029) return UnicodeCategory.ParagraphSeparator;
            if (c >= 0x200B && c <= 0x200F) return UnicodeCategory.Format;
            if (c >= 0x2010 && c <= 0x2015) return UnicodeCategory.DashPunctuation;
            if (c >= 0x2016 && c <= 0x2027) return UnicodeCategory.OtherPunctuation;
            if (c >= 0x2030 && c <= 0x205E) return UnicodeCategory.OtherPunctuation;
            if (c >= 0x20A0 && c <= 0x20C0) return UnicodeCategory.CurrencySymbol;
            if (c >= 0x2190 && c <= 0x22FF) return UnicodeCategory.MathSymbol;
            if (c >= 0x2300 && c <= 0x2BFF) return UnicodeCategory.OtherSymbol;
            if (c >= 0x0300 && c <= 0x036F) return UnicodeCategory.NonSpacingMark;
            if (c >= 0x0660 && c <= 0x0669 || c >= 0x06F0 && c <= 0x06F9 || c >= 0x0966 && c <= 0x096F || c >= 0xFF10 && c <= 0xFF19) return UnicodeCategory.DecimalDigitNumber;
            if (c >= 0x3000 && c <= 0x303F) return UnicodeCategory.OtherPunctuation;
            if (c >= 0xFF01 && c <= 0xFF0F) return UnicodeCategory.OtherPunctuation;
            char u = ToUpper(c), l = ToLower(c);
            if (u != c) return UnicodeCategory.LowercaseLetter;
            if (l != c) return UnicodeCategory.UppercaseLetter;
            if (c >= 0x0250 && c <= 0x02AF) return UnicodeCategory.LowercaseLetter;
            if (c >= 0x02B0 && c <= 0x02FF) return UnicodeCategory.ModifierLetter;
            return UnicodeCategory.OtherLetter;
        }

        internal static bool IsWhiteSpace(char c)
        {
            if (c <= 0xFF) return c == ' ' || (uint)(c - '\t') <= '\r' - '\t' || c == '\u00A0' || c == '\u0085';
            return c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
        }

        internal static char ToUpper(char c)
        {
            if (c < 0x80) return (uint)(c - 'a') <= 'z' - 'a' ? (char)(c - 0x20) : c;
            if (c <= 0xFF)
            {
                if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return (char)(c - 0x20);
                if (c == 0xFF) return '\u0178';
                if (c == 0xB5) return '\u039C';
                return c;
            }
            if (c >= 0x100 && c <= 0x17F)
            {
                if (c == 0x131 || c == 0x138 || c == 0x149 || c == 0x130) return c;
                if (c == 0x17F) return 'S';
                if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) == 0 ? (char)(c - 1) : c;
                if (c == 0x178) return c;
                return (c & 1) == 1 ? (char)(c - 1) : c;
            }
            if (c >= 0x3B1 && c <= 0x3C9 && c != 0x3C2) return (char)(c - 0x20);
            if (c == 0x3C2) return '\u03A3';
            if (c >= 0x3AC && c <= 0x3AF) { switch ((int)c) { case 0x3AC: return '\u0386'; case 0x3AD: return '\u0388'; case 0x3AE: return '\u0389'; default: return '\u038A'; } }
            if (c >= 0x430 && c <= 0x44F) return (char)(c - 0x20);
            if (c >= 0x450 && c <= 0x45F) return (char)(c - 0x50);
            if (c >= 0x460 && c <= 0x4FF && c != 0x482 && !(c >= 0x483 && c <= 0x489)) return (c & 1) == 1 && !(c >= 0x4C1 && c <= 0x4CE) ? (char)(c - 1) : ((c >= 0x4C1 && c <= 0x4CE && (c & 1) == 0) ? (char)(c - 1) : c);
            if (c >= 0xFF41 && c <= 0xFF5A) return (char)(c - 0x20);
            return c;
        }

        internal static char ToLower(char c)
        {
            if (c < 0x80) return (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c + 0x20) : c;
            if (c <= 0xFF)
            {
                if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return (char)(c + 0x20);
                return c;
            }
            if (c >= 0x100 && c <= 0x17F)
            {
                if (c == 0x130) return 'i';
                if (c == 0x131 || c == 0x138 || c == 0x149 || c == 0x17F) return c;
                if (c == 0x178) return '\u00FF';
                if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) == 1 ? (char)(c + 1) : c;
                return (c & 1) == 0 ? (char)(c + 1) : c;
            }
            if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return (char)(c + 0x20);
            if (c == 0x386) return '\u03AC';
            if (c == 0x388) return '\u03AD';
            if (c == 0x389) return '\u03AE';
            if (c == 0x38A) return '\u03AF';
            if (c >= 0x410 && c <= 0x42F) return (char)(c + 0x20);
            if (c >= 0x400 && c <= 0x40F) return (char)(c + 0x50);
            if (c >= 0x460 && c <= 0x4FF && c != 0x482 && !(c >= 0x483 && c <= 0x489)) return (c & 1) == 0 && !(c >= 0x4C1 && c <= 0x4CE) ? (char)(c + 1) : ((c >= 0x4C1 && c <= 0x4CE && (c & 1) == 1) ? (char)(c + 1) : c);
            if (c >= 0xFF21 && c <= 0xFF3A) return (char)(c + 0x20);
            return c;
        }
    }
}

namespace System.Globalization
{
    public enum UnicodeCategory
    {
        UppercaseLetter = 0, LowercaseLetter = 1, TitlecaseLetter = 2, ModifierLetter = 3, OtherLetter = 4, NonSpacingMark = 5,
        SpacingCombiningMark = 6, EnclosingMark = 7, DecimalDigitNumber = 8, LetterNumber = 9, OtherNumber = 10, SpaceSeparator = 11,
        LineSeparator = 12, ParagraphSeparator = 13, Control = 14, Format = 15, Surrogate = 16, PrivateUse = 17, ConnectorPunctuation = 18,
        DashPunctuation = 19, OpenPunctuation = 20, ClosePunctuation = 21, InitialQuotePunctuation = 22, FinalQuotePunctuation = 23,
        OtherPunctuation = 24, MathSymbol = 25, CurrencySymbol = 26, ModifierSymbol = 27, OtherSymbol = 28, OtherNotAssigned = 29,
    }
}

using System.Text;

namespace System
{
    // UTF-8 parsing and formatting of numbers (IUtf8SpanParsable, IUtf8SpanFormattable): the text is transcoded and
    // handled by the UTF-16 code, so both encodings accept and produce the same text.
    internal static partial class Number
    {
        /// <summary>UTF-8 text as UTF-16 (invalid sequences become U+FFFD, which no number format accepts).</summary>
        internal static ReadOnlySpan<char> Utf8ToChars(ReadOnlySpan<byte> utf8Text)
        {
            if (utf8Text.IsEmpty) return default;
            var chars = new char[Utf8.Decode(utf8Text, default, true)];
            Utf8.Decode(utf8Text, chars, false);
            return chars;
        }

        /// <summary>Formats <paramref name="value"/> as UTF-16, then writes it as UTF-8; false (nothing written) if it
        /// does not fit.</summary>
        internal static bool TryFormatUtf8<T>(T value, Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider provider)
            where T : ISpanFormattable
        {
            Span<char> chars = stackalloc char[64];
            int charsWritten;
            while (!value.TryFormat(chars, out charsWritten, format, provider))
            {
                // Numbers can be long ("F300", "N" of a large value); retry with a larger buffer.
                chars = new char[chars.Length * 4];
            }
            ReadOnlySpan<char> text = chars.Slice(0, charsWritten);
            if (Utf8.GetByteCount(text) > utf8Destination.Length)
            {
                bytesWritten = 0;
                return false;
            }
            bytesWritten = Utf8.Encode(text, utf8Destination);
            return true;
        }
    }
}

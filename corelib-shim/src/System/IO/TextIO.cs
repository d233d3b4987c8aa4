using System.Text;

namespace System.IO
{
    /// <summary>Minimal TextWriter: everything funnels into Write(char) / Write(ReadOnlySpan&lt;char&gt;); NewLine is "\n".</summary>
    public abstract class TextWriter : IDisposable
    {
        public static readonly TextWriter Null = new NullTextWriter();
        protected char[] CoreNewLine = new char[] { '\n' };
        private string _newLine = "\n";
        private IFormatProvider _internalFormatProvider;

        protected TextWriter() { }
        protected TextWriter(IFormatProvider formatProvider) { _internalFormatProvider = formatProvider; }

        public virtual IFormatProvider FormatProvider => _internalFormatProvider ?? System.Globalization.CultureInfo.CurrentCulture;
        public abstract Encoding Encoding { get; }
        public virtual string NewLine
        {
            get => _newLine;
            set { value ??= "\n"; _newLine = value; CoreNewLine = value.ToCharArray(); }
        }

        public virtual void Close() => Dispose(true);
        protected virtual void Dispose(bool disposing) { }
        public void Dispose() { Dispose(true); GC.SuppressFinalize(this); }
        public virtual void Flush() { }

        public abstract void Write(char value);
        public virtual void Write(char[] buffer) { if (buffer != null) Write(buffer, 0, buffer.Length); }
        public virtual void Write(char[] buffer, int index, int count)
        {
            if (buffer == null) ThrowHelper.ThrowArgumentNullException(nameof(buffer));
            if (index < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(index));
            if (count < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(count));
            if (buffer.Length - index < count) throw new ArgumentException(SR.Argument_InvalidOffLen);
            Write(new ReadOnlySpan<char>(buffer, index, count));
        }
        public virtual void Write(ReadOnlySpan<char> buffer) { for (int i = 0; i < buffer.Length; i++) Write(buffer[i]); }
        public virtual void Write(bool value) => Write(value ? "True" : "False");
        public virtual void Write(int value) => Write(value.ToString(FormatProvider));
        public virtual void Write(uint value) => Write(value.ToString(FormatProvider));
        public virtual void Write(long value) => Write(value.ToString(FormatProvider));
        public virtual void Write(ulong value) => Write(value.ToString(FormatProvider));
        public virtual void Write(float value) => Write(value.ToString(FormatProvider));
        public virtual void Write(double value) => Write(value.ToString(FormatProvider));
        public virtual void Write(decimal value) => Write(value.ToString(FormatProvider));
        public virtual void Write(string value) { if (value != null) Write(value.AsSpan()); }
        public virtual void Write(object value)
        {
            if (value != null)
            {
                if (value is IFormattable f) Write(f.ToString(null, FormatProvider));
                else Write(value.ToString());
            }
        }
        public virtual void Write(StringBuilder value) { if (value != null) Write(value.ToString()); }
        public virtual void Write(string format, object arg0) => Write(string.Format(FormatProvider, format, arg0));
        public virtual void Write(string format, object arg0, object arg1) => Write(string.Format(FormatProvider, format, arg0, arg1));
        public virtual void Write(string format, object arg0, object arg1, object arg2) => Write(string.Format(FormatProvider, format, arg0, arg1, arg2));
        public virtual void Write(string format, params object[] arg) => Write(string.Format(FormatProvider, format, arg));
        public virtual void Write(string format, params ReadOnlySpan<object> arg) => Write(string.Format(FormatProvider, format, arg));

        public virtual void WriteLine() => Write(CoreNewLine);
        public virtual void WriteLine(char value) { Write(value); WriteLine(); }
        public virtual void WriteLine(char[] buffer) { Write(buffer); WriteLine(); }
        public virtual void WriteLine(char[] buffer, int index, int count) { Write(buffer, index, count); WriteLine(); }
        public virtual void WriteLine(ReadOnlySpan<char> buffer) { Write(buffer); WriteLine(); }
        public virtual void WriteLine(bool value) => WriteLine(value ? "True" : "False");
        public virtual void WriteLine(int value) => WriteLine(value.ToString(FormatProvider));
        public virtual void WriteLine(uint value) => WriteLine(value.ToString(FormatProvider));
        public virtual void WriteLine(long value) => WriteLine(value.ToString(FormatProvider));
        public virtual void WriteLine(ulong value) => WriteLine(value.ToString(FormatProvider));
        public virtual void WriteLine(float value) => WriteLine(value.ToString(FormatProvider));
        public virtual void WriteLine(double value) => WriteLine(value.ToString(FormatProvider));
        public virtual void WriteLine(decimal value) => WriteLine(value.ToString(FormatProvider));
        public virtual void WriteLine(string value) => Write(value == null ? _newLine : string.Concat(value, _newLine));
        public virtual void WriteLine(StringBuilder value) => WriteLine(value?.ToString());
        public virtual void WriteLine(object value)
        {
            if (value == null) WriteLine();
            else if (value is IFormattable f) WriteLine(f.ToString(null, FormatProvider));
            else WriteLine(value.ToString());
        }
        public virtual void WriteLine(string format, object arg0) => WriteLine(string.Format(FormatProvider, format, arg0));
        public virtual void WriteLine(string format, object arg0, object arg1) => WriteLine(string.Format(FormatProvider, format, arg0, arg1));
        public virtual void WriteLine(string format, object arg0, object arg1, object arg2) => WriteLine(string.Format(FormatProvider, format, arg0, arg1, arg2));
        public virtual void WriteLine(string format, params object[] arg) => WriteLine(string.Format(FormatProvider, format, arg));
        public virtual void WriteLine(string format, params ReadOnlySpan<object> arg) => WriteLine(string.Format(FormatProvider, format, arg));

        public static TextWriter Synchronized(TextWriter writer) => writer;

        private sealed class NullTextWriter : TextWriter
        {
            public override Encoding Encoding => Encoding.Default;
            public override void Write(char value) { }
            public override void Write(ReadOnlySpan<char> buffer) { }
            public override void Write(string value) { }
        }
    }

    public abstract class TextReader : IDisposable
    {
        public static readonly TextReader Null = new NullTextReader();
        protected TextReader() { }
        public virtual void Close() => Dispose(true);
        public void Dispose() { Dispose(true); GC.SuppressFinalize(this); }
        protected virtual void Dispose(bool disposing) { }
        public virtual int Peek() => -1;
        public virtual int Read() => -1;
        public virtual int Read(char[] buffer, int index, int count)
        {
            if (buffer == null) ThrowHelper.ThrowArgumentNullException(nameof(buffer));
            int n = 0;
            for (; n < count; n++)
            {
                int ch = Read();
                if (ch == -1) break;
                buffer[index + n] = (char)ch;
            }
            return n;
        }
        public virtual int Read(Span<char> buffer)
        {
            int n = 0;
            for (; n < buffer.Length; n++)
            {
                int ch = Read();
                if (ch == -1) break;
                buffer[n] = (char)ch;
            }
            return n;
        }
        public virtual string ReadToEnd()
        {
            var sb = new StringBuilder();
            int ch;
            while ((ch = Read()) != -1) sb.Append((char)ch);
            return sb.ToString();
        }
        public virtual string ReadLine()
        {
            var sb = new StringBuilder();
            while (true)
            {
                int ch = Read();
                if (ch == -1) return sb.Length > 0 ? sb.ToString() : null;
                if (ch == '\r' || ch == '\n')
                {
                    if (ch == '\r' && Peek() == '\n') Read();
                    return sb.ToString();
                }
                sb.Append((char)ch);
            }
        }
        public static TextReader Synchronized(TextReader reader) => reader;

        private sealed class NullTextReader : TextReader { public override string ReadLine() => null; }
    }

    public class StringWriter : TextWriter
    {
        private readonly StringBuilder _sb;
        public StringWriter() : this(new StringBuilder()) { }
        public StringWriter(IFormatProvider formatProvider) : this(new StringBuilder(), formatProvider) { }
        public StringWriter(StringBuilder sb) : this(sb, null) { }
        public StringWriter(StringBuilder sb, IFormatProvider formatProvider) : base(formatProvider) { if (sb == null) ThrowHelper.ThrowArgumentNullException(nameof(sb)); _sb = sb; }
        public override Encoding Encoding => Encoding.Unicode;
        public virtual StringBuilder GetStringBuilder() => _sb;
        public override void Write(char value) => _sb.Append(value);
        public override void Write(ReadOnlySpan<char> buffer) => _sb.Append(buffer);
        public override void Write(string value) => _sb.Append(value);
        public override string ToString() => _sb.ToString();
    }

    public class StringReader : TextReader
    {
        private string _s;
        private int _pos;
        public StringReader(string s) { if (s == null) ThrowHelper.ThrowArgumentNullException(nameof(s)); _s = s; }
        public override int Peek() => _pos < _s.Length ? _s[_pos] : -1;
        public override int Read() => _pos < _s.Length ? _s[_pos++] : -1;
        public override string ReadToEnd() { string r = _pos == 0 ? _s : _s.Substring(_pos); _pos = _s.Length; return r; }
        public override string ReadLine()
        {
            if (_pos >= _s.Length) return null;
            int start = _pos;
            while (_pos < _s.Length)
            {
                char ch = _s[_pos];
                if (ch == '\r' || ch == '\n')
                {
                    string result = _s.Substring(start, _pos - start);
                    _pos++;
                    if (ch == '\r' && _pos < _s.Length && _s[_pos] == '\n') _pos++;
                    return result;
                }
                _pos++;
            }
            return _s.Substring(start);
        }
    }
}

namespace System.Text
{
    /// <summary>Minimal Encoding: UTF-8 (the console's), plus UTF-16 LE for StringWriter.Encoding.</summary>
    public abstract class Encoding
    {
        private static readonly UTF8Encoding s_utf8 = new UTF8Encoding(true);
        private static readonly UnicodeEncoding s_unicode = new UnicodeEncoding();
        protected Encoding() { }
        public static Encoding UTF8 => s_utf8;
        public static Encoding Default => s_utf8;
        public static Encoding Unicode => s_unicode;
        public virtual string WebName => this is UnicodeEncoding ? "utf-16" : "utf-8";
        public virtual string EncodingName => this is UnicodeEncoding ? "Unicode" : "Unicode (UTF-8)";
        public virtual int CodePage => this is UnicodeEncoding ? 1200 : 65001;
        public abstract int GetByteCount(char[] chars, int index, int count);
        public virtual int GetByteCount(string s) => GetByteCount(s.ToCharArray(), 0, s.Length);
        public virtual int GetByteCount(char[] chars) => GetByteCount(chars, 0, chars.Length);
        public abstract int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex);
        public virtual byte[] GetBytes(string s)
        {
            if (s == null) ThrowHelper.ThrowArgumentNullException(nameof(s));
            char[] c = s.ToCharArray();
            var b = new byte[GetByteCount(c, 0, c.Length)];
            GetBytes(c, 0, c.Length, b, 0);
            return b;
        }
        public virtual byte[] GetBytes(char[] chars) { var b = new byte[GetByteCount(chars, 0, chars.Length)]; GetBytes(chars, 0, chars.Length, b, 0); return b; }
        public abstract int GetCharCount(byte[] bytes, int index, int count);
        public abstract int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex);
        public virtual string GetString(byte[] bytes) { if (bytes == null) ThrowHelper.ThrowArgumentNullException(nameof(bytes)); return GetString(bytes, 0, bytes.Length); }
        public virtual string GetString(byte[] bytes, int index, int count)
        {
            var c = new char[GetCharCount(bytes, index, count)];
            GetChars(bytes, index, count, c, 0);
            return new string(c);
        }
        public virtual byte[] GetPreamble() => Array.Empty<byte>();
        public abstract int GetMaxByteCount(int charCount);
        public abstract int GetMaxCharCount(int byteCount);
    }

    public class UTF8Encoding : Encoding
    {
        private readonly bool _emitBom;
        public UTF8Encoding() : this(false) { }
        public UTF8Encoding(bool encoderShouldEmitUTF8Identifier) { _emitBom = encoderShouldEmitUTF8Identifier; }
        public UTF8Encoding(bool encoderShouldEmitUTF8Identifier, bool throwOnInvalidBytes) : this(encoderShouldEmitUTF8Identifier) { }
        public override byte[] GetPreamble() => _emitBom ? new byte[] { 0xEF, 0xBB, 0xBF } : Array.Empty<byte>();
        public override int GetMaxByteCount(int charCount) => (charCount + 1) * 3;
        public override int GetMaxCharCount(int byteCount) => byteCount + 1;
        public override int GetByteCount(char[] chars, int index, int count) => Utf8.GetByteCount(new ReadOnlySpan<char>(chars, index, count));
        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
            => Utf8.Encode(new ReadOnlySpan<char>(chars, charIndex, charCount), new Span<byte>(bytes, byteIndex, bytes.Length - byteIndex));
        public override int GetCharCount(byte[] bytes, int index, int count) => Utf8.Decode(new ReadOnlySpan<byte>(bytes, index, count), default, true);
        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
            => Utf8.Decode(new ReadOnlySpan<byte>(bytes, byteIndex, byteCount), new Span<char>(chars, charIndex, chars.Length - charIndex), false);
    }

    public class UnicodeEncoding : Encoding
    {
        public UnicodeEncoding() { }
        public override int GetMaxByteCount(int charCount) => (charCount + 1) * 2;
        public override int GetMaxCharCount(int byteCount) => byteCount / 2 + 2;
        public override int GetByteCount(char[] chars, int index, int count) => count * 2;
        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            for (int i = 0; i < charCount; i++) { char c = chars[charIndex + i]; bytes[byteIndex + 2 * i] = (byte)c; bytes[byteIndex + 2 * i + 1] = (byte)(c >> 8); }
            return charCount * 2;
        }
        public override int GetCharCount(byte[] bytes, int index, int count) => count / 2;
        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            for (int i = 0; i < byteCount / 2; i++) chars[charIndex + i] = (char)(bytes[byteIndex + 2 * i] | (bytes[byteIndex + 2 * i + 1] << 8));
            return byteCount / 2;
        }
    }

    /// <summary>UTF-16 &lt;-&gt; UTF-8 with U+FFFD replacement of invalid sequences (CoreCLR's default replacement behaviour).</summary>
    internal static class Utf8
    {
        internal static int GetByteCount(ReadOnlySpan<char> s)
        {
            int n = 0;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c < 0x80) n += 1;
                else if (c < 0x800) n += 2;
                else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { n += 4; i++; }
                else n += 3;
            }
            return n;
        }

        /// <summary>Encodes all of s into dst (caller sized it with GetByteCount); returns bytes written.</summary>
        internal static int Encode(ReadOnlySpan<char> s, Span<byte> dst)
        {
            int o = 0;
            for (int i = 0; i < s.Length; i++)
            {
                int c = s[i];
                if (c < 0x80) { dst[o++] = (byte)c; continue; }
                if (c < 0x800) { dst[o++] = (byte)(0xC0 | (c >> 6)); dst[o++] = (byte)(0x80 | (c & 0x3F)); continue; }
                if (char.IsHighSurrogate((char)c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    int cp = ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00) + 0x10000;
                    i++;
                    dst[o++] = (byte)(0xF0 | (cp >> 18)); dst[o++] = (byte)(0x80 | ((cp >> 12) & 0x3F));
                    dst[o++] = (byte)(0x80 | ((cp >> 6) & 0x3F)); dst[o++] = (byte)(0x80 | (cp & 0x3F));
                    continue;
                }
                if (char.IsSurrogate((char)c)) c = 0xFFFD;
                dst[o++] = (byte)(0xE0 | (c >> 12)); dst[o++] = (byte)(0x80 | ((c >> 6) & 0x3F)); dst[o++] = (byte)(0x80 | (c & 0x3F));
            }
            return o;
        }

        /// <summary>Decodes; with countOnly, dst is ignored and the char count is returned.</summary>
        internal static int Decode(ReadOnlySpan<byte> b, Span<char> dst, bool countOnly)
        {
            int o = 0, i = 0;
            while (i < b.Length)
            {
                int c = b[i];
                int cp, need;
                if (c < 0x80) { cp = c; need = 0; }
                else if ((c & 0xE0) == 0xC0 && c >= 0xC2) { cp = c & 0x1F; need = 1; }
                else if ((c & 0xF0) == 0xE0) { cp = c & 0x0F; need = 2; }
                else if ((c & 0xF8) == 0xF0 && c <= 0xF4) { cp = c & 0x07; need = 3; }
                else { Put(dst, ref o, 0xFFFD, countOnly); i++; continue; }
                int j = 1;
                bool ok = true;
                for (; j <= need; j++)
                {
                    if (i + j >= b.Length || (b[i + j] & 0xC0) != 0x80) { ok = false; break; }
                    if (j == 1)
                    {
                        if (need == 2 && ((c == 0xE0 && b[i + 1] < 0xA0) || (c == 0xED && b[i + 1] > 0x9F))) { ok = false; break; }
                        if (need == 3 && ((c == 0xF0 && b[i + 1] < 0x90) || (c == 0xF4 && b[i + 1] > 0x8F))) { ok = false; break; }
                    }
                    cp = (cp << 6) | (b[i + j] & 0x3F);
                }
                if (!ok) { Put(dst, ref o, 0xFFFD, countOnly); i += j; continue; }
                i += need + 1;
                if (cp >= 0x10000)
                {
                    cp -= 0x10000;
                    Put(dst, ref o, 0xD800 + (cp >> 10), countOnly);
                    Put(dst, ref o, 0xDC00 + (cp & 0x3FF), countOnly);
                }
                else Put(dst, ref o, cp, countOnly);
            }
            return o;
        }

        private static void Put(Span<char> dst, ref int o, int c, bool countOnly)
        {
            if (!countOnly) dst[o] = (char)c;
            o++;
        }
    }
}

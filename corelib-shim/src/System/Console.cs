using System.IO;
using System.Text;
using Internal.Runtime;

namespace System
{
    /// <summary>Console over fds 0/1/2 (UTF-8, no BOM). Out and Error flush on every write call, as CoreCLR's
    /// autoflushing console writers do, so nothing is buffered at exit. Colours are no-ops (redirected output).</summary>
    public static class Console
    {
        private static TextWriter s_out, s_error;
        private static TextReader s_in;

        public static TextWriter Out => s_out ??= new ConsoleWriter(1);
        public static TextWriter Error => s_error ??= new ConsoleWriter(2);
        public static TextReader In => s_in ??= new ConsoleReader();

        public static void SetOut(TextWriter newOut) { if (newOut == null) ThrowHelper.ThrowArgumentNullException(nameof(newOut)); s_out = newOut; }
        public static void SetError(TextWriter newError) { if (newError == null) ThrowHelper.ThrowArgumentNullException(nameof(newError)); s_error = newError; }
        public static void SetIn(TextReader newIn) { if (newIn == null) ThrowHelper.ThrowArgumentNullException(nameof(newIn)); s_in = newIn; }

        public static Encoding OutputEncoding { get => Encoding.Default; set { } }
        public static Encoding InputEncoding { get => Encoding.Default; set { } }
        public static bool IsOutputRedirected => true;
        public static bool IsErrorRedirected => true;
        public static bool IsInputRedirected => true;
        public static ConsoleColor ForegroundColor { get => ConsoleColor.Gray; set { } }
        public static ConsoleColor BackgroundColor { get => ConsoleColor.Black; set { } }
        public static void ResetColor() { }
        public static bool KeyAvailable => false;
        public static bool CursorVisible { get => false; set { } }
        public static string Title { get => string.Empty; set { } }
        public static int WindowWidth { get => 80; set { } }
        public static int BufferWidth { get => 80; set { } }
        public static void Clear() { }
        public static void Beep() { }

        internal static void FlushAll() { s_out?.Flush(); s_error?.Flush(); }

        public static string ReadLine() => In.ReadLine();
        public static int Read() => In.Read();

        public static void WriteLine() => Out.WriteLine();
        public static void WriteLine(bool value) => Out.WriteLine(value);
        public static void WriteLine(char value) => Out.WriteLine(value);
        public static void WriteLine(char[] buffer) => Out.WriteLine(buffer);
        public static void WriteLine(char[] buffer, int index, int count) => Out.WriteLine(buffer, index, count);
        public static void WriteLine(double value) => Out.WriteLine(value);
        public static void WriteLine(decimal value) => Out.WriteLine(value);
        public static void WriteLine(float value) => Out.WriteLine(value);
        public static void WriteLine(int value) => Out.WriteLine(value);
        public static void WriteLine(uint value) => Out.WriteLine(value);
        public static void WriteLine(long value) => Out.WriteLine(value);
        public static void WriteLine(ulong value) => Out.WriteLine(value);
        public static void WriteLine(object value) => Out.WriteLine(value);
        public static void WriteLine(string value) => Out.WriteLine(value);
        public static void WriteLine(ReadOnlySpan<char> value) => Out.WriteLine(value);
        public static void WriteLine(string format, object arg0) => Out.WriteLine(format, arg0);
        public static void WriteLine(string format, object arg0, object arg1) => Out.WriteLine(format, arg0, arg1);
        public static void WriteLine(string format, object arg0, object arg1, object arg2) => Out.WriteLine(format, arg0, arg1, arg2);
        public static void WriteLine(string format, params object[] arg)
        {
            if (arg == null) Out.WriteLine(format, null, null);
            else Out.WriteLine(format, arg);
        }
        public static void WriteLine(string format, params ReadOnlySpan<object> arg) => Out.WriteLine(format, arg);

        public static void Write(bool value) => Out.Write(value);
        public static void Write(char value) => Out.Write(value);
        public static void Write(char[] buffer) => Out.Write(buffer);
        public static void Write(char[] buffer, int index, int count) => Out.Write(buffer, index, count);
        public static void Write(double value) => Out.Write(value);
        public static void Write(decimal value) => Out.Write(value);
        public static void Write(float value) => Out.Write(value);
        public static void Write(int value) => Out.Write(value);
        public static void Write(uint value) => Out.Write(value);
        public static void Write(long value) => Out.Write(value);
        public static void Write(ulong value) => Out.Write(value);
        public static void Write(object value) => Out.Write(value);
        public static void Write(string value) => Out.Write(value);
        public static void Write(ReadOnlySpan<char> value) => Out.Write(value);
        public static void Write(string format, object arg0) => Out.Write(format, arg0);
        public static void Write(string format, object arg0, object arg1) => Out.Write(format, arg0, arg1);
        public static void Write(string format, object arg0, object arg1, object arg2) => Out.Write(format, arg0, arg1, arg2);
        public static void Write(string format, params object[] arg)
        {
            if (arg == null) Out.Write(format, null, null);
            else Out.Write(format, arg);
        }
        public static void Write(string format, params ReadOnlySpan<object> arg) => Out.Write(format, arg);
    }

    public enum ConsoleColor
    {
        Black = 0, DarkBlue = 1, DarkGreen = 2, DarkCyan = 3, DarkRed = 4, DarkMagenta = 5, DarkYellow = 6, Gray = 7,
        DarkGray = 8, Blue = 9, Green = 10, Cyan = 11, Red = 12, Magenta = 13, Yellow = 14, White = 15,
    }

    /// <summary>Writes UTF-8 straight to a file descriptor on every call (no buffering survives a call).</summary>
    internal sealed unsafe class ConsoleWriter : TextWriter
    {
        private readonly int _fd;
        private char _pendingHigh;

        internal ConsoleWriter(int fd) { _fd = fd; }

        public override Encoding Encoding => Encoding.Default;
        public override IFormatProvider FormatProvider => System.Globalization.CultureInfo.InvariantCulture;

        public override void Write(char value)
        {
            if (_pendingHigh != 0)
            {
                char h = _pendingHigh;
                _pendingHigh = '\0';
                if (char.IsLowSurrogate(value)) { char* pair = stackalloc char[2]; pair[0] = h; pair[1] = value; WriteCore(new ReadOnlySpan<char>(pair, 2)); return; }
                WriteCore(new ReadOnlySpan<char>(&h, 1));
            }
            if (char.IsHighSurrogate(value)) { _pendingHigh = value; return; }
            WriteCore(new ReadOnlySpan<char>(&value, 1));
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            if (buffer.Length == 0) return;
            if (_pendingHigh != 0)
            {
                // A high surrogate left over from the previous write pairs with a low one here.
                char h = _pendingHigh;
                _pendingHigh = '\0';
                if (char.IsLowSurrogate(buffer[0]))
                {
                    char* pair = stackalloc char[2];
                    pair[0] = h;
                    pair[1] = buffer[0];
                    WriteCore(new ReadOnlySpan<char>(pair, 2));
                    buffer = buffer.Slice(1);
                    if (buffer.Length == 0) return;
                }
                else WriteCore(new ReadOnlySpan<char>(&h, 1));
            }
            if (char.IsHighSurrogate(buffer[buffer.Length - 1])) { _pendingHigh = buffer[buffer.Length - 1]; buffer = buffer.Slice(0, buffer.Length - 1); }
            WriteCore(buffer);
        }

        public override void Write(string value) { if (value != null) Write(value.AsSpan()); }
        public override void Write(char[] buffer, int index, int count) => Write(new ReadOnlySpan<char>(buffer, index, count));
        public override void WriteLine(string value) => Write(value == null ? "\n" : string.Concat(value, "\n"));

        private void WriteCore(ReadOnlySpan<char> chars)
        {
            int n = Utf8.GetByteCount(chars);
            byte[] heap = null;
            Span<byte> bytes = n <= 512 ? stackalloc byte[512] : (heap = new byte[n]);
            int len = Utf8.Encode(chars, bytes);
            fixed (byte* p = bytes)
            {
                int off = 0;
                while (off < len)
                {
                    int w = SystemImports.Write(_fd, p + off, len - off);
                    if (w <= 0) return; // EPIPE and friends: drop silently like CoreCLR's console stream
                    off += w;
                }
            }
        }

        public override void Flush() { }
    }

    internal sealed unsafe class ConsoleReader : TextReader
    {
        private readonly byte[] _bytes = new byte[4096];
        private int _bytePos, _byteLen;
        private readonly StringBuilder _line = new StringBuilder();
        private char[] _chars = new char[0];
        private int _charPos, _charLen;
        private bool _eof;

        private bool Fill()
        {
            if (_eof) return false;
            // keep an incomplete UTF-8 sequence at the end for the next read
            int keep = _byteLen - _bytePos;
            if (keep > 0) Array.Copy(_bytes, _bytePos, _bytes, 0, keep);
            _bytePos = 0; _byteLen = keep;
            int r;
            fixed (byte* p = _bytes) r = SystemImports.Read(0, p + _byteLen, _bytes.Length - _byteLen);
            if (r <= 0)
            {
                _eof = true;
                if (_byteLen == 0) return false;
                DecodeAll(_byteLen);
                return _charLen > 0;
            }
            _byteLen += r;
            int complete = CompletePrefix(_bytes, _byteLen);
            DecodeAll(complete);
            return true;
        }

        private void DecodeAll(int count)
        {
            int n = Utf8.Decode(new ReadOnlySpan<byte>(_bytes, 0, count), default, true);
            if (_chars.Length < n) _chars = new char[Math.Max(n, 256)];
            Utf8.Decode(new ReadOnlySpan<byte>(_bytes, 0, count), _chars, false);
            _charPos = 0; _charLen = n;
            _bytePos = count;
        }

        private static int CompletePrefix(byte[] b, int len)
        {
            // back off over a trailing incomplete multi-byte sequence
            int i = len - 1, cont = 0;
            while (i >= 0 && cont < 3 && (b[i] & 0xC0) == 0x80) { i--; cont++; }
            if (i < 0) return len;
            int lead = b[i], need = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
            return need > cont ? i : len;
        }

        public override int Peek()
        {
            while (_charPos >= _charLen) if (!Fill()) return -1;
            return _chars[_charPos];
        }

        public override int Read()
        {
            while (_charPos >= _charLen) if (!Fill()) return -1;
            return _chars[_charPos++];
        }

        public override string ReadLine()
        {
            _line.Clear();
            while (true)
            {
                if (_charPos >= _charLen && !Fill()) return _line.Length > 0 ? _line.ToString() : null;
                while (_charPos < _charLen)
                {
                    char c = _chars[_charPos++];
                    if (c == '\n') return _line.ToString();
                    if (c == '\r')
                    {
                        if (Peek() == '\n') _charPos++;
                        return _line.ToString();
                    }
                    _line.Append(c);
                }
            }
        }
    }
}

using System.Runtime.CompilerServices;

namespace System
{
    /// <summary>Growable char buffer (a plain struct over a char[], so it can travel by ref next to stack spans).</summary>
    internal struct ValueStringBuilder
    {
        private char[] _chars;
        private int _pos;

        public ValueStringBuilder(int initialCapacity) { _chars = new char[initialCapacity < 16 ? 16 : initialCapacity]; _pos = 0; }

        public int Length { get => _pos; set => _pos = value; }
        public ref char this[int index] => ref _chars[index];
        public ReadOnlySpan<char> AsSpan() => new ReadOnlySpan<char>(_chars, 0, _pos);
        public override string ToString() => new string(_chars, 0, _pos);

        public void Append(char c)
        {
            if (_pos >= _chars.Length) Grow(1);
            _chars[_pos++] = c;
        }

        public void Append(char c, int count)
        {
            if (count <= 0) return;
            if (_pos + count > _chars.Length) Grow(count);
            for (int i = 0; i < count; i++) _chars[_pos + i] = c;
            _pos += count;
        }

        public void Append(string s)
        {
            if (s == null) return;
            Append(s.AsSpan());
        }

        public void Append(ReadOnlySpan<char> s)
        {
            if (_pos + s.Length > _chars.Length) Grow(s.Length);
            s.CopyTo(new Span<char>(_chars, _pos, s.Length));
            _pos += s.Length;
        }

        public void Insert(int index, char c, int count)
        {
            if (count <= 0) return;
            if (_pos + count > _chars.Length) Grow(count);
            for (int i = _pos - 1; i >= index; i--) _chars[i + count] = _chars[i];
            for (int i = 0; i < count; i++) _chars[index + i] = c;
            _pos += count;
        }

        public void Insert(int index, ReadOnlySpan<char> s)
        {
            int count = s.Length;
            if (count == 0) return;
            if (_pos + count > _chars.Length) Grow(count);
            for (int i = _pos - 1; i >= index; i--) _chars[i + count] = _chars[i];
            s.CopyTo(new Span<char>(_chars, index, count));
            _pos += count;
        }

        /// <summary>Appends v in decimal, left-padded with zeros to minDigits.</summary>
        public void AppendUInt(ulong v, int minDigits)
        {
            Span<char> tmp = stackalloc char[20];
            int n = 0;
            do { tmp[n++] = (char)('0' + (int)(v % 10)); v /= 10; } while (v != 0);
            while (n < minDigits) { Append('0'); minDigits--; }
            while (n > 0) Append(tmp[--n]);
        }

        public bool TryCopyTo(Span<char> destination, out int charsWritten)
        {
            if (_pos > destination.Length) { charsWritten = 0; return false; }
            new ReadOnlySpan<char>(_chars, 0, _pos).CopyTo(destination);
            charsWritten = _pos;
            return true;
        }

        private void Grow(int additional)
        {
            int cap = _chars.Length * 2;
            if (cap < _pos + additional) cap = _pos + additional;
            if (cap < 16) cap = 16;
            var n = new char[cap];
            Array.Copy(_chars, n, _pos);
            _chars = n;
        }
    }
}

using System.Runtime.InteropServices;

namespace System.Runtime.CompilerServices
{
    /// <summary>Roslyn's handler for $"..." strings: appends into a char buffer (the caller's stack buffer if given).</summary>
    [InterpolatedStringHandler]
    public ref struct DefaultInterpolatedStringHandler
    {
        private readonly IFormatProvider _provider;
        private char[] _arrayToReturnToPool;
        private Span<char> _chars;
        private int _pos;

        public DefaultInterpolatedStringHandler(int literalLength, int formattedCount)
        {
            _provider = null;
            _chars = _arrayToReturnToPool = new char[Math.Max(literalLength + formattedCount * 11, 16)];
            _pos = 0;
        }

        public DefaultInterpolatedStringHandler(int literalLength, int formattedCount, IFormatProvider provider)
        {
            _provider = provider;
            _chars = _arrayToReturnToPool = new char[Math.Max(literalLength + formattedCount * 11, 16)];
            _pos = 0;
        }

        public DefaultInterpolatedStringHandler(int literalLength, int formattedCount, IFormatProvider provider, Span<char> initialBuffer)
        {
            _provider = provider;
            _chars = initialBuffer;
            _arrayToReturnToPool = null;
            _pos = 0;
        }

        public override string ToString() => new string(_chars.Slice(0, _pos));

        public string ToStringAndClear()
        {
            string result = new string(_chars.Slice(0, _pos));
            Clear();
            return result;
        }

        public void Clear() { _chars = default; _arrayToReturnToPool = null; _pos = 0; }

        public ReadOnlySpan<char> Text => _chars.Slice(0, _pos);

        public void AppendLiteral(string value)
        {
            if (value == null) return;
            if (value.Length == 1)
            {
                if (_pos < _chars.Length) { _chars[_pos++] = value[0]; return; }
            }
            AppendSpan(value.AsSpan());
        }

        private void AppendSpan(ReadOnlySpan<char> s)
        {
            if (_pos + s.Length > _chars.Length) Grow(s.Length);
            s.CopyTo(_chars.Slice(_pos));
            _pos += s.Length;
        }

        private void Grow(int additional)
        {
            int cap = Math.Max(_pos + additional, _chars.Length * 2);
            var n = new char[Math.Max(cap, 16)];
            _chars.Slice(0, _pos).CopyTo(n);
            _chars = _arrayToReturnToPool = n;
        }

        public void AppendFormatted<T>(T value)
        {
            if (typeof(T) == typeof(string)) { AppendLiteral(Unsafe.As<T, string>(ref value)); return; }
            if (typeof(T) == typeof(int)) { AppendSpan(Unsafe.As<T, int>(ref value).ToString().AsSpan()); return; }
            if (typeof(T) == typeof(char))
            {
                if (_pos >= _chars.Length) Grow(1);
                _chars[_pos++] = Unsafe.As<T, char>(ref value);
                return;
            }
            string s;
            if (value is IFormattable f) s = f.ToString(null, _provider);
            else s = value?.ToString();
            if (s != null) AppendSpan(s.AsSpan());
        }

        public void AppendFormatted<T>(T value, string format)
        {
            string s;
            if (value is IFormattable f) s = f.ToString(format, _provider);
            else s = value?.ToString();
            if (s != null) AppendSpan(s.AsSpan());
        }

        public void AppendFormatted<T>(T value, int alignment)
        {
            int start = _pos;
            AppendFormatted(value);
            if (alignment != 0) Align(start, alignment);
        }

        public void AppendFormatted<T>(T value, int alignment, string format)
        {
            int start = _pos;
            AppendFormatted(value, format);
            if (alignment != 0) Align(start, alignment);
        }

        public void AppendFormatted(ReadOnlySpan<char> value) => AppendSpan(value);

        public void AppendFormatted(ReadOnlySpan<char> value, int alignment = 0, string format = null)
        {
            int start = _pos;
            AppendSpan(value);
            if (alignment != 0) Align(start, alignment);
        }

        public void AppendFormatted(string value) => AppendLiteral(value);

        public void AppendFormatted(string value, int alignment = 0, string format = null)
        {
            int start = _pos;
            AppendLiteral(value);
            if (alignment != 0) Align(start, alignment);
        }

        public void AppendFormatted(object value, int alignment = 0, string format = null) => AppendFormatted<object>(value, alignment, format);

        private void Align(int start, int alignment)
        {
            bool left = alignment < 0;
            int width = left ? -alignment : alignment;
            int written = _pos - start;
            int pad = width - written;
            if (pad <= 0) return;
            if (_pos + pad > _chars.Length) Grow(pad);
            if (left)
            {
                _chars.Slice(_pos, pad).Fill(' ');
            }
            else
            {
                _chars.Slice(start, written).CopyTo(_chars.Slice(start + pad));
                _chars.Slice(start, pad).Fill(' ');
            }
            _pos += pad;
        }
    }
}

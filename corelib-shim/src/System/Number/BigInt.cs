// Arbitrary-precision unsigned integer used by the exact number formatting and parsing paths.
// Little-endian base-2^32 limbs, mutable, growable. Our own small implementation: only the operations
// Dragon-style digit generation and correctly rounded parsing need.
namespace System
{
    internal static partial class Number
    {
        internal sealed class BigInt
        {
            internal uint[] _b;
            internal int _len; // number of used limbs; value 0 has _len == 0

            internal BigInt(int capacity = 8) { _b = new uint[capacity < 2 ? 2 : capacity]; }

            internal static BigInt FromULong(ulong v)
            {
                var r = new BigInt();
                r.SetULong(v);
                return r;
            }

            internal void SetULong(ulong v)
            {
                _b[0] = (uint)v; _b[1] = (uint)(v >> 32);
                _len = v == 0 ? 0 : (v >> 32) == 0 ? 1 : 2;
            }

            internal BigInt Clone()
            {
                var r = new BigInt(_b.Length);
                for (int i = 0; i < _len; i++) r._b[i] = _b[i];
                r._len = _len;
                return r;
            }

            internal void CopyFrom(BigInt o)
            {
                Ensure(o._len);
                for (int i = 0; i < o._len; i++) _b[i] = o._b[i];
                _len = o._len;
            }

            internal bool IsZero => _len == 0;

            private void Ensure(int n)
            {
                if (n <= _b.Length) return;
                int cap = _b.Length * 2;
                if (cap < n) cap = n;
                var nb = new uint[cap];
                for (int i = 0; i < _len; i++) nb[i] = _b[i];
                _b = nb;
            }

            private void Trim() { while (_len > 0 && _b[_len - 1] == 0) _len--; }

            internal int BitLength()
            {
                if (_len == 0) return 0;
                uint top = _b[_len - 1];
                int n = 0;
                while (top != 0) { n++; top >>= 1; }
                return (_len - 1) * 32 + n;
            }

            internal void MulSmall(uint m)
            {
                ulong carry = 0;
                for (int i = 0; i < _len; i++)
                {
                    ulong p = (ulong)_b[i] * m + carry;
                    _b[i] = (uint)p;
                    carry = p >> 32;
                }
                if (carry != 0) { Ensure(_len + 1); _b[_len++] = (uint)carry; }
            }

            internal void AddSmall(uint a)
            {
                ulong carry = a;
                for (int i = 0; i < _len && carry != 0; i++)
                {
                    ulong s = (ulong)_b[i] + carry;
                    _b[i] = (uint)s;
                    carry = s >> 32;
                }
                if (carry != 0) { Ensure(_len + 1); _b[_len++] = (uint)carry; }
            }

            internal void MulPow10(int n)
            {
                while (n >= 9) { MulSmall(1000000000); n -= 9; }
                if (n > 0) { uint p = 1; while (n-- > 0) p *= 10; MulSmall(p); }
            }

            internal void MulPow5(int n)
            {
                while (n >= 13) { MulSmall(1220703125); n -= 13; }
                if (n > 0) { uint p = 1; while (n-- > 0) p *= 5; MulSmall(p); }
            }

            internal void ShiftLeft(int bits)
            {
                if (_len == 0 || bits == 0) return;
                int limbs = bits >> 5, rem = bits & 31;
                Ensure(_len + limbs + 1);
                if (rem == 0)
                {
                    for (int i = _len - 1; i >= 0; i--) _b[i + limbs] = _b[i];
                }
                else
                {
                    _b[_len + limbs] = 0;
                    for (int i = _len - 1; i >= 0; i--)
                    {
                        _b[i + limbs + 1] |= _b[i] >> (32 - rem);
                        _b[i + limbs] = _b[i] << rem;
                    }
                }
                for (int i = 0; i < limbs; i++) _b[i] = 0;
                _len += limbs + 1;
                Trim();
            }

            internal static int Compare(BigInt a, BigInt b)
            {
                if (a._len != b._len) return a._len > b._len ? 1 : -1;
                for (int i = a._len - 1; i >= 0; i--)
                    if (a._b[i] != b._b[i]) return a._b[i] > b._b[i] ? 1 : -1;
                return 0;
            }

            /// <summary>Compare(a + b, c).</summary>
            internal static int CompareSum(BigInt a, BigInt b, BigInt c)
            {
                int n = a._len > b._len ? a._len : b._len;
                if (n + 1 < c._len) return -1;
                // compute sum into a temporary limb-by-limb from the top would need carries: do it simply.
                var s = a.Clone();
                s.Add(b);
                return Compare(s, c);
            }

            internal void Add(BigInt o)
            {
                int n = _len > o._len ? _len : o._len;
                Ensure(n + 1);
                for (int i = _len; i < n + 1; i++) _b[i] = 0;
                ulong carry = 0;
                for (int i = 0; i < n; i++)
                {
                    ulong s = (ulong)_b[i] + (i < o._len ? o._b[i] : 0u) + carry;
                    _b[i] = (uint)s;
                    carry = s >> 32;
                }
                _b[n] = (uint)carry;
                _len = n + 1;
                Trim();
            }

            /// <summary>this -= o; requires this &gt;= o.</summary>
            internal void Sub(BigInt o)
            {
                long borrow = 0;
                for (int i = 0; i < _len; i++)
                {
                    long d = (long)_b[i] - (i < o._len ? o._b[i] : 0u) - borrow;
                    if (d < 0) { d += 1L << 32; borrow = 1; } else borrow = 0;
                    _b[i] = (uint)d;
                }
                Trim();
            }

            /// <summary>Returns this / d (d small) and leaves the remainder in this... (this = this / d), returns remainder.</summary>
            internal uint DivRemSmall(uint d)
            {
                ulong rem = 0;
                for (int i = _len - 1; i >= 0; i--)
                {
                    ulong cur = (rem << 32) | _b[i];
                    _b[i] = (uint)(cur / d);
                    rem = cur % d;
                }
                Trim();
                return (uint)rem;
            }

            /// <summary>Quotient digit q = floor(this / s) for 0 &lt;= q &lt;= 9 (caller guarantees), this %= s.</summary>
            internal int QuotientDigit(BigInt s)
            {
                int q = 0;
                while (Compare(this, s) >= 0) { Sub(s); q++; }
                return q;
            }

            internal bool GetBit(int i)
            {
                int limb = i >> 5;
                if (limb >= _len || i < 0) return false;
                return ((_b[limb] >> (i & 31)) & 1) != 0;
            }

            /// <summary>True if any bit below position i is set.</summary>
            internal bool AnyBitsBelow(int i)
            {
                if (i <= 0) return false;
                int limb = i >> 5;
                for (int k = 0; k < limb && k < _len; k++) if (_b[k] != 0) return true;
                if (limb < _len && (i & 31) != 0 && (_b[limb] & ((1u << (i & 31)) - 1)) != 0) return true;
                return false;
            }

            /// <summary>The 64 bits starting at bit position 'from' (bit from..from+63).</summary>
            internal ulong GetBits64(int from)
            {
                ulong r = 0;
                for (int k = 63; k >= 0; k--)
                {
                    r <<= 1;
                    if (GetBit(from + k)) r |= 1;
                }
                return r;
            }

            internal void ShiftRight1()
            {
                for (int i = 0; i < _len; i++)
                {
                    uint hi = i + 1 < _len ? _b[i + 1] : 0;
                    _b[i] = (_b[i] >> 1) | (hi << 31);
                }
                Trim();
            }

            /// <summary>Returns floor(this / d) (at most 128 bits wide is not assumed: any size) and leaves the remainder in this.</summary>
            internal BigInt DivRem(BigInt d)
            {
                var q = new BigInt();
                int qbits = BitLength() - d.BitLength() + 1;
                if (qbits <= 0) return q;
                var t = d.Clone();
                t.ShiftLeft(qbits - 1);
                q.Ensure((qbits + 31) / 32 + 1);
                for (int i = qbits - 1; i >= 0; i--)
                {
                    if (Compare(this, t) >= 0)
                    {
                        Sub(t);
                        q._b[i >> 5] |= 1u << (i & 31);
                        if (q._len < (i >> 5) + 1) q._len = (i >> 5) + 1;
                    }
                    t.ShiftRight1();
                }
                q.Trim();
                return q;
            }

            /// <summary>Decimal digits of this value (destroys it).</summary>
            internal string ToDecimalDestructive()
            {
                if (_len == 0) return "0";
                var chunks = new System.Collections.Generic.List<uint>();
                while (_len > 0) chunks.Add(DivRemSmall(1000000000));
                var sb = new ValueStringBuilder(chunks.Count * 9);
                sb.AppendUInt(chunks[chunks.Count - 1], 0);
                for (int i = chunks.Count - 2; i >= 0; i--) sb.AppendUInt(chunks[i], 9);
                return sb.ToString();
            }
        }
    }
}
using System.Runtime.CompilerServices;

namespace System
{
    public static class BitConverter
    {
        public static readonly bool IsLittleEndian = true;

        [Intrinsic] public static unsafe long DoubleToInt64Bits(double value) => *(long*)&value;
        [Intrinsic] public static unsafe double Int64BitsToDouble(long value) => *(double*)&value;
        [Intrinsic] public static unsafe int SingleToInt32Bits(float value) => *(int*)&value;
        [Intrinsic] public static unsafe float Int32BitsToSingle(int value) => *(float*)&value;
        [Intrinsic] public static unsafe ulong DoubleToUInt64Bits(double value) => *(ulong*)&value;
        [Intrinsic] public static unsafe double UInt64BitsToDouble(ulong value) => *(double*)&value;
        [Intrinsic] public static unsafe uint SingleToUInt32Bits(float value) => *(uint*)&value;
        [Intrinsic] public static unsafe float UInt32BitsToSingle(uint value) => *(float*)&value;

        public static unsafe byte[] GetBytes(bool value) => new byte[] { value ? (byte)1 : (byte)0 };
        public static unsafe byte[] GetBytes(char value) => GetBytes((short)value);
        public static unsafe byte[] GetBytes(short value) { var b = new byte[2]; fixed (byte* p = b) *(short*)p = value; return b; }
        public static unsafe byte[] GetBytes(int value) { var b = new byte[4]; fixed (byte* p = b) *(int*)p = value; return b; }
        public static unsafe byte[] GetBytes(long value) { var b = new byte[8]; fixed (byte* p = b) *(long*)p = value; return b; }
        public static byte[] GetBytes(ushort value) => GetBytes((short)value);
        public static byte[] GetBytes(uint value) => GetBytes((int)value);
        public static byte[] GetBytes(ulong value) => GetBytes((long)value);
        public static byte[] GetBytes(float value) => GetBytes(SingleToInt32Bits(value));
        public static byte[] GetBytes(double value) => GetBytes(DoubleToInt64Bits(value));

        private static void Check(byte[] value, int startIndex, int size)
        {
            if (value == null) ThrowHelper.ThrowArgumentNullException("value");
            if ((uint)startIndex >= (uint)value.Length) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_IndexMustBeLess);
            if (startIndex > value.Length - size) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.", nameof(value));
        }

        public static unsafe short ToInt16(byte[] value, int startIndex) { Check(value, startIndex, 2); fixed (byte* p = &value[startIndex]) return *(short*)p; }
        public static unsafe int ToInt32(byte[] value, int startIndex) { Check(value, startIndex, 4); fixed (byte* p = &value[startIndex]) return *(int*)p; }
        public static unsafe long ToInt64(byte[] value, int startIndex) { Check(value, startIndex, 8); fixed (byte* p = &value[startIndex]) return *(long*)p; }
        public static ushort ToUInt16(byte[] value, int startIndex) => (ushort)ToInt16(value, startIndex);
        public static uint ToUInt32(byte[] value, int startIndex) => (uint)ToInt32(value, startIndex);
        public static ulong ToUInt64(byte[] value, int startIndex) => (ulong)ToInt64(value, startIndex);
        public static char ToChar(byte[] value, int startIndex) => (char)ToInt16(value, startIndex);
        public static float ToSingle(byte[] value, int startIndex) => Int32BitsToSingle(ToInt32(value, startIndex));
        public static double ToDouble(byte[] value, int startIndex) => Int64BitsToDouble(ToInt64(value, startIndex));
        public static bool ToBoolean(byte[] value, int startIndex) { if (value == null) ThrowHelper.ThrowArgumentNullException("value"); if ((uint)startIndex >= (uint)value.Length) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_IndexMustBeLess); return value[startIndex] != 0; }

        public static string ToString(byte[] value) { if (value == null) ThrowHelper.ThrowArgumentNullException("value"); return ToString(value, 0, value.Length); }
        public static string ToString(byte[] value, int startIndex) { if (value == null) ThrowHelper.ThrowArgumentNullException("value"); return ToString(value, startIndex, value.Length - startIndex); }
        public static string ToString(byte[] value, int startIndex, int length)
        {
            if (value == null) ThrowHelper.ThrowArgumentNullException("value");
            if (startIndex < 0 || (startIndex >= value.Length && startIndex > 0)) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_IndexMustBeLess);
            if (length < 0) throw new ArgumentOutOfRangeException(nameof(length), SR.ArgumentOutOfRange_GenericPositive);
            if (startIndex > value.Length - length) throw new ArgumentException(SR.Arg_ArrayPlusOffTooSmall);
            if (length == 0) return string.Empty;
            var c = new char[length * 3 - 1];
            const string hex = "0123456789ABCDEF";
            for (int i = 0; i < length; i++)
            {
                byte b = value[startIndex + i];
                c[i * 3] = hex[b >> 4]; c[i * 3 + 1] = hex[b & 15];
                if (i + 1 < length) c[i * 3 + 2] = '-';
            }
            return new string(c);
        }
    }
}

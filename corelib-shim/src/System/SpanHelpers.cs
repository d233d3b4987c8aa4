using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Internal.Runtime;

namespace System
{
    internal static unsafe class SpanHelpers
    {
        internal static void Memmove<T>(ref T destination, ref T source, nuint elementCount)
        {
            if (elementCount == 0) return;
            nuint bytes = elementCount * (nuint)Unsafe.SizeOf<T>();
            byte* d = (byte*)Unsafe.AsPointer(ref destination), s = (byte*)Unsafe.AsPointer(ref source);
            if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) RuntimeImports.BulkMoveWithWriteBarrier(d, s, bytes);
            else RuntimeImports.Memmove(d, s, bytes);
        }

        internal static void Clear<T>(ref T start, nuint elementCount)
        {
            if (elementCount == 0) return;
            RuntimeImports.ZeroMemory((byte*)Unsafe.AsPointer(ref start), elementCount * (nuint)Unsafe.SizeOf<T>());
        }

        internal static bool SequenceEqual(ref char a, ref char b, int length)
        {
            int i = 0;
            for (; i + 4 <= length; i += 4)
                if (Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref a, i))) != Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref b, i)))) return false;
            for (; i < length; i++) if (Unsafe.Add(ref a, i) != Unsafe.Add(ref b, i)) return false;
            return true;
        }

        internal static int IndexOfChar(ref char start, char value, int length)
        {
            for (int i = 0; i < length; i++) if (Unsafe.Add(ref start, i) == value) return i;
            return -1;
        }

        internal static int LastIndexOfChar(ref char start, char value, int length)
        {
            for (int i = length - 1; i >= 0; i--) if (Unsafe.Add(ref start, i) == value) return i;
            return -1;
        }

        internal static int IndexOf(ReadOnlySpan<char> s, ReadOnlySpan<char> value)
        {
            if (value.Length == 0) return 0;
            char first = value[0];
            for (int i = 0; i <= s.Length - value.Length; i++)
            {
                if (s[i] != first) continue;
                int j = 1;
                while (j < value.Length && s[i + j] == value[j]) j++;
                if (j == value.Length) return i;
            }
            return -1;
        }

        internal static int IndexOfIgnoreCase(ReadOnlySpan<char> s, ReadOnlySpan<char> value)
        {
            if (value.Length == 0) return 0;
            for (int i = 0; i <= s.Length - value.Length; i++)
                if (string.CompareOrdinalIgnoreCaseHelper(s.Slice(i, value.Length), value) == 0) return i;
            return -1;
        }

        internal static int IndexOf<T>(ref T start, T value, int length)
        {
            if (typeof(T).IsValueType)
            {
                for (int i = 0; i < length; i++) if (EqualityComparer<T>.Default.Equals(Unsafe.Add(ref start, i), value)) return i;
                return -1;
            }
            if (value == null)
            {
                for (int i = 0; i < length; i++) if (Unsafe.Add(ref start, i) == null) return i;
                return -1;
            }
            for (int i = 0; i < length; i++) if (value.Equals(Unsafe.Add(ref start, i))) return i;
            return -1;
        }

        internal static int LastIndexOf<T>(ref T start, T value, int length)
        {
            for (int i = length - 1; i >= 0; i--) if (EqualityComparer<T>.Default.Equals(Unsafe.Add(ref start, i), value)) return i;
            return -1;
        }
    }

    public static unsafe class Buffer
    {
        internal static void Memmove<T>(ref T destination, ref T source, nuint elementCount) => SpanHelpers.Memmove(ref destination, ref source, elementCount);

        public static void BlockCopy(Array src, int srcOffset, Array dst, int dstOffset, int count)
        {
            if (src == null) ThrowHelper.ThrowArgumentNullException("src");
            if (dst == null) ThrowHelper.ThrowArgumentNullException("dst");
            nuint srcLen = ByteLengthChecked(src, "src"), dstLen = ByteLengthChecked(dst, "dst");
            if (srcOffset < 0) throw new ArgumentOutOfRangeException(nameof(srcOffset), SR.ArgumentOutOfRange_NeedNonNegNum);
            if (dstOffset < 0) throw new ArgumentOutOfRangeException(nameof(dstOffset), SR.ArgumentOutOfRange_NeedNonNegNum);
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), SR.ArgumentOutOfRange_NeedNonNegNum);
            if ((nuint)srcOffset + (nuint)count > srcLen || (nuint)dstOffset + (nuint)count > dstLen) throw new ArgumentException(SR.Argument_InvalidOffLen);
            byte* s = (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(src)) + srcOffset;
            byte* d = (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(dst)) + dstOffset;
            RuntimeImports.Memmove(d, s, (nuint)count);
        }

        private static nuint ByteLengthChecked(Array a, string name)
        {
            IntPtr mt = RuntimeHelpers.GetMethodTable(a);
            IntPtr et = RuntimeImports.GetElementType(mt);
            if ((RuntimeImports.GetTypeFlags(et) & TypeFlags.IsPrimitive) == 0) throw new ArgumentException("Object must be an array of primitives.", name);
            return (nuint)a.LongLength * (nuint)RuntimeImports.GetValueSize(et);
        }

        public static int ByteLength(Array array)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException("array");
            return checked((int)ByteLengthChecked(array, "array"));
        }

        public static byte GetByte(Array array, int index) => ((byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(array)))[index];
        public static void SetByte(Array array, int index, byte value) => ((byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(array)))[index] = value;

        public static void MemoryCopy(void* source, void* destination, long destinationSizeInBytes, long sourceBytesToCopy)
        {
            if (sourceBytesToCopy > destinationSizeInBytes) throw new ArgumentOutOfRangeException(nameof(sourceBytesToCopy));
            RuntimeImports.Memmove((byte*)destination, (byte*)source, (nuint)sourceBytesToCopy);
        }
        public static void MemoryCopy(void* source, void* destination, ulong destinationSizeInBytes, ulong sourceBytesToCopy)
        {
            if (sourceBytesToCopy > destinationSizeInBytes) throw new ArgumentOutOfRangeException(nameof(sourceBytesToCopy));
            RuntimeImports.Memmove((byte*)destination, (byte*)source, (nuint)sourceBytesToCopy);
        }
    }

}

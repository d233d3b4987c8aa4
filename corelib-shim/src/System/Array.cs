using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Internal.Runtime;

namespace System
{
    /// <summary>Layout law: no declared fields; length at +8, SZ data at +16; MD arrays: lengths and lower bounds
    /// (int32 each, rank of each) from +16, then data.</summary>
    [Serializable]
    public abstract partial class Array : ICloneable, IList, IStructuralComparable, IStructuralEquatable
    {
        private protected Array() { }

        public static int MaxLength => 0x7FFFFFC7;

        public int Length { [Intrinsic] get => (int)Unsafe.As<RawArrayData>(this).Length; }
        public long LongLength => Length;
        public int Rank
        {
            get
            {
                int r = (RuntimeImports.GetTypeFlags(RuntimeHelpers.GetMethodTable(this)) & TypeFlags.RankMask) >> TypeFlags.RankShift;
                return r == 0 ? 1 : r;
            }
        }

        private int MDRank => (RuntimeImports.GetTypeFlags(RuntimeHelpers.GetMethodTable(this)) & TypeFlags.RankMask) >> TypeFlags.RankShift;
        private ref int MDBounds => ref Unsafe.As<byte, int>(ref Unsafe.As<RawArrayData>(this).Data);

        internal IntPtr ElementMT => RuntimeImports.GetElementType(RuntimeHelpers.GetMethodTable(this));
        internal int ElementSize => RuntimeImports.GetValueSize(ElementMT);

        public int GetLength(int dimension)
        {
            int rank = MDRank;
            if (rank == 0) { if (dimension != 0) throw new IndexOutOfRangeException(SR.Arg_IndexOutOfRangeException); return Length; }
            if ((uint)dimension >= (uint)rank) throw new IndexOutOfRangeException(SR.Arg_IndexOutOfRangeException);
            return Unsafe.Add(ref MDBounds, dimension);
        }
        public long GetLongLength(int dimension) => GetLength(dimension);
        public int GetLowerBound(int dimension)
        {
            int rank = MDRank;
            if (rank == 0) { if (dimension != 0) throw new IndexOutOfRangeException(SR.Arg_IndexOutOfRangeException); return 0; }
            if ((uint)dimension >= (uint)rank) throw new IndexOutOfRangeException(SR.Arg_IndexOutOfRangeException);
            return Unsafe.Add(ref MDBounds, rank + dimension);
        }
        public int GetUpperBound(int dimension) => GetLowerBound(dimension) + GetLength(dimension) - 1;

        public object Clone() => RuntimeImports.MemberwiseClone(this);

        public static T[] Empty<T>() => EmptyArray<T>.Value;

        public static unsafe Array CreateInstance(Type elementType, int length)
        {
            if (elementType == null) ThrowHelper.ThrowArgumentNullException(nameof(elementType));
            if (length < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(length));
            return RuntimeImports.NewArray(RuntimeImports.MakeArrayType(elementType.TypeHandle.Value, 0), length);
        }

        public static unsafe Array CreateInstance(Type elementType, params int[] lengths)
        {
            if (elementType == null) ThrowHelper.ThrowArgumentNullException(nameof(elementType));
            if (lengths == null) ThrowHelper.ThrowArgumentNullException(nameof(lengths));
            if (lengths.Length == 0) throw new ArgumentException(SR.Arg_NeedAtLeast1Rank);
            if (lengths.Length == 1) return CreateInstance(elementType, lengths[0]);
            for (int i = 0; i < lengths.Length; i++) if (lengths[i] < 0) throw new ArgumentOutOfRangeException("lengths[" + i.ToString() + "]", SR.ArgumentOutOfRange_NeedNonNegNum);
            IntPtr mt = RuntimeImports.MakeArrayType(elementType.TypeHandle.Value, lengths.Length);
            fixed (int* p = lengths) return RuntimeImports.NewMDArray(mt, lengths.Length, p);
        }
        public static Array CreateInstance(Type elementType, int length1, int length2) => CreateInstance(elementType, new int[] { length1, length2 });
        public static Array CreateInstance(Type elementType, int length1, int length2, int length3) => CreateInstance(elementType, new int[] { length1, length2, length3 });

        // ---- element access by flat index (SZ and MD arrays alike) ----
        private ref byte ElementRef(nint flatIndex) => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(this), flatIndex * ElementSize);

        internal object GetFlat(nint index) => TypeSupport.Box(ElementMT, ref ElementRef(index));

        internal unsafe void SetFlat(nint index, object value)
        {
            IntPtr emt = ElementMT;
            int flags = RuntimeImports.GetTypeFlags(emt);
            ref byte dst = ref ElementRef(index);
            if ((flags & TypeFlags.IsValueType) == 0)
            {
                if (value != null && !RuntimeImports.IsAssignableFrom(emt, RuntimeHelpers.GetMethodTable(value))) throw new InvalidCastException(SR.Arg_InvalidCastException);
                Unsafe.As<byte, object>(ref dst) = value;
                return;
            }
            int size = RuntimeImports.GetValueSize(emt);
            if (value == null)
            {
                RuntimeImports.ZeroMemory((byte*)Unsafe.AsPointer(ref dst), (nuint)size);
                return;
            }
            IntPtr vmt = RuntimeHelpers.GetMethodTable(value);
            if ((flags & TypeFlags.IsNullable) != 0)
            {
                IntPtr under = RuntimeImports.GetElementType(emt);
                if (vmt != under) throw new InvalidCastException(SR.Arg_InvalidCastException);
                int off;
                RuntimeImports.GetInstanceField(emt, 1, &off);
                dst = 1;
                RuntimeImports.Memmove((byte*)Unsafe.AsPointer(ref Unsafe.Add(ref dst, off)), (byte*)Unsafe.AsPointer(ref RuntimeHelpers.GetRawData(value)), (nuint)RuntimeImports.GetValueSize(under));
                return;
            }
            if (vmt != emt)
            {
                // primitive widening (e.g. int into long[]) is allowed by CoreCLR; enums and their underlying type interconvert
                if (!TryWidenPrimitive(value, emt, ref dst)) throw new InvalidCastException(SR.Arg_InvalidCastException);
                return;
            }
            byte* d = (byte*)Unsafe.AsPointer(ref dst), s = (byte*)Unsafe.AsPointer(ref RuntimeHelpers.GetRawData(value));
            if ((flags & TypeFlags.ContainsGCPointers) != 0) RuntimeImports.BulkMoveWithWriteBarrier(d, s, (nuint)size);
            else RuntimeImports.Memmove(d, s, (nuint)size);
        }

        private static bool TryWidenPrimitive(object value, IntPtr targetMT, ref byte dst)
        {
            int tet = RuntimeImports.GetTypeFlags(targetMT) & TypeFlags.ElementTypeMask;
            long l; double d;
            switch (value)
            {
                case sbyte v: l = v; d = v; break;
                case byte v: l = v; d = v; break;
                case short v: l = v; d = v; break;
                case ushort v: l = v; d = v; break;
                case char v: l = v; d = v; break;
                case int v: l = v; d = v; break;
                case uint v: l = v; d = v; break;
                case long v: l = v; d = v; break;
                case ulong v: l = (long)v; d = v; break;
                case float v: if (tet == CorElementType.R8) { Unsafe.As<byte, double>(ref dst) = v; return true; } return false;
                default: return false;
            }
            switch (tet)
            {
                case CorElementType.I2: case CorElementType.U2: Unsafe.As<byte, short>(ref dst) = (short)l; return true;
                case CorElementType.I4: case CorElementType.U4: Unsafe.As<byte, int>(ref dst) = (int)l; return true;
                case CorElementType.I8: case CorElementType.U8: Unsafe.As<byte, long>(ref dst) = l; return true;
                case CorElementType.R4: Unsafe.As<byte, float>(ref dst) = (float)d; return true;
                case CorElementType.R8: Unsafe.As<byte, double>(ref dst) = d; return true;
            }
            return false;
        }

        private nint FlatIndex(ReadOnlySpan<int> indices)
        {
            int rank = MDRank;
            if (rank == 0)
            {
                if (indices.Length != 1) throw new ArgumentException(SR.Arg_RankIndices);
                if ((uint)indices[0] >= (uint)Length) throw new IndexOutOfRangeException(SR.Arg_IndexOutOfRangeException);
                return indices[0];
            }
            if (indices.Length != rank) throw new ArgumentException(SR.Arg_RankIndices);
            nint flat = 0;
            for (int i = 0; i < rank; i++)
            {
                int len = Unsafe.Add(ref MDBounds, i), lb = Unsafe.Add(ref MDBounds, rank + i);
                int idx = indices[i] - lb;
                if ((uint)idx >= (uint)len) throw new IndexOutOfRangeException(SR.Arg_IndexOutOfRangeException);
                flat = flat * len + idx;
            }
            return flat;
        }

        public object GetValue(int index)
        {
            if (MDRank != 0) throw new ArgumentException(SR.Arg_Need1DArray);
            if ((uint)index >= (uint)Length) throw new IndexOutOfRangeException(SR.Arg_IndexOutOfRangeException);
            return GetFlat(index);
        }
        public object GetValue(int index1, int index2) => GetFlat(FlatIndex(new int[] { index1, index2 }));
        public object GetValue(int index1, int index2, int index3) => GetFlat(FlatIndex(new int[] { index1, index2, index3 }));
        public object GetValue(params int[] indices)
        {
            if (indices == null) ThrowHelper.ThrowArgumentNullException(nameof(indices));
            return GetFlat(FlatIndex(indices));
        }
        public object GetValue(long index) => GetValue(checked((int)index));
        public void SetValue(object value, int index)
        {
            if (MDRank != 0) throw new ArgumentException(SR.Arg_Need1DArray);
            if ((uint)index >= (uint)Length) throw new IndexOutOfRangeException(SR.Arg_IndexOutOfRangeException);
            SetFlat(index, value);
        }
        public void SetValue(object value, int index1, int index2) => SetFlat(FlatIndex(new int[] { index1, index2 }), value);
        public void SetValue(object value, int index1, int index2, int index3) => SetFlat(FlatIndex(new int[] { index1, index2, index3 }), value);
        public void SetValue(object value, params int[] indices)
        {
            if (indices == null) ThrowHelper.ThrowArgumentNullException(nameof(indices));
            SetFlat(FlatIndex(indices), value);
        }
        public void SetValue(object value, long index) => SetValue(value, checked((int)index));

        // ---- copy / clear ----
        public static void Copy(Array sourceArray, Array destinationArray, int length)
        {
            if (sourceArray == null) ThrowHelper.ThrowArgumentNullException(nameof(sourceArray));
            if (destinationArray == null) ThrowHelper.ThrowArgumentNullException(nameof(destinationArray));
            Copy(sourceArray, sourceArray.GetLowerBound(0), destinationArray, destinationArray.GetLowerBound(0), length);
        }
        public static void Copy(Array sourceArray, Array destinationArray, long length) => Copy(sourceArray, destinationArray, checked((int)length));
        public static void Copy(Array sourceArray, long sourceIndex, Array destinationArray, long destinationIndex, long length)
            => Copy(sourceArray, checked((int)sourceIndex), destinationArray, checked((int)destinationIndex), checked((int)length));
        public static void ConstrainedCopy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length)
            => Copy(sourceArray, sourceIndex, destinationArray, destinationIndex, length);

        public static unsafe void Copy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length)
        {
            if (sourceArray == null) ThrowHelper.ThrowArgumentNullException(nameof(sourceArray));
            if (destinationArray == null) ThrowHelper.ThrowArgumentNullException(nameof(destinationArray));
            if (sourceArray.Rank != destinationArray.Rank) throw new RankException(SR.Arg_RanksAndBounds);
            if (length < 0) throw new ArgumentOutOfRangeException(nameof(length), SR.ArgumentOutOfRange_NeedNonNegNum);
            int srcLB = sourceArray.GetLowerBound(0), dstLB = destinationArray.GetLowerBound(0);
            if (sourceIndex < srcLB || sourceIndex - srcLB < 0) throw new ArgumentOutOfRangeException(nameof(sourceIndex), SR.ArgumentOutOfRange_ArrayLB);
            if (destinationIndex < dstLB || destinationIndex - dstLB < 0) throw new ArgumentOutOfRangeException(nameof(destinationIndex), SR.ArgumentOutOfRange_ArrayLB);
            int srcIndex = sourceIndex - srcLB, dstIndex = destinationIndex - dstLB;
            if ((uint)(srcIndex + length) > (uint)sourceArray.Length) throw new ArgumentException(SR.Arg_LongerThanSrcArray, nameof(sourceArray));
            if ((uint)(dstIndex + length) > (uint)destinationArray.Length) throw new ArgumentException(SR.Arg_LongerThanDestArray, nameof(destinationArray));
            if (length == 0) return;

            IntPtr smt = RuntimeHelpers.GetMethodTable(sourceArray), dmt = RuntimeHelpers.GetMethodTable(destinationArray);
            IntPtr se = RuntimeImports.GetElementType(smt), de = RuntimeImports.GetElementType(dmt);
            int sflags = RuntimeImports.GetTypeFlags(se), dflags = RuntimeImports.GetTypeFlags(de);
            bool sRef = (sflags & TypeFlags.IsValueType) == 0, dRef = (dflags & TypeFlags.IsValueType) == 0;
            if (se == de || (sRef && dRef && RuntimeImports.IsAssignableFrom(de, se)))
            {
                int size = RuntimeImports.GetValueSize(se);
                byte* s = (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(sourceArray)) + (nint)srcIndex * size;
                byte* d = (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(destinationArray)) + (nint)dstIndex * size;
                if (sRef || (sflags & TypeFlags.ContainsGCPointers) != 0) RuntimeImports.BulkMoveWithWriteBarrier(d, s, (nuint)length * (nuint)size);
                else RuntimeImports.Memmove(d, s, (nuint)length * (nuint)size);
                return;
            }
            if (sRef && dRef)
            {
                // downcast copy: check each element (CoreCLR throws InvalidCastException on the first bad one)
                for (int i = 0; i < length; i++)
                {
                    object o = sourceArray.GetFlat(srcIndex + i);
                    if (o != null && !RuntimeImports.IsAssignableFrom(de, RuntimeHelpers.GetMethodTable(o))) throw new InvalidCastException(SR.Arg_InvalidCastException);
                }
            }
            else if (!sRef && !dRef)
            {
                bool sp = (sflags & TypeFlags.IsPrimitive) != 0, dp = (dflags & TypeFlags.IsPrimitive) != 0;
                if (!(sp && dp)) throw new ArrayTypeMismatchException(SR.ArrayTypeMismatch_CantAssignType);
            }
            else if (!dRef && sRef) { /* unboxing: checked per element in SetFlat */ }
            bool overlap = sourceArray == destinationArray && srcIndex < dstIndex;
            if (overlap) for (int i = length - 1; i >= 0; i--) destinationArray.SetFlat(dstIndex + i, sourceArray.GetFlat(srcIndex + i));
            else for (int i = 0; i < length; i++) destinationArray.SetFlat(dstIndex + i, sourceArray.GetFlat(srcIndex + i));
        }

        public static unsafe void Clear(Array array)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            RuntimeImports.ZeroMemory((byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(array)), (nuint)array.Length * (nuint)array.ElementSize);
        }

        public static unsafe void Clear(Array array, int index, int length)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            int lb = array.GetLowerBound(0);
            int offset = index - lb;
            if (index < lb || offset < 0 || length < 0 || (uint)(offset + length) > (uint)array.Length) throw new IndexOutOfRangeException(SR.Arg_IndexOutOfRangeException);
            int size = array.ElementSize;
            RuntimeImports.ZeroMemory((byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(array)) + (nint)offset * size, (nuint)length * (nuint)size);
        }

        public void CopyTo(Array array, int index)
        {
            if (array != null && array.Rank != 1) throw new ArgumentException(SR.Arg_RankMultiDimNotSupported);
            Copy(this, GetLowerBound(0), array, index, Length);
        }
        public void CopyTo(Array array, long index) => CopyTo(array, checked((int)index));

        public static void Resize<T>(ref T[] array, int newSize)
        {
            if (newSize < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(newSize));
            T[] larray = array;
            if (larray == null) { array = new T[newSize]; return; }
            if (larray.Length != newSize)
            {
                T[] newArray = new T[newSize];
                Copy(larray, newArray, larray.Length > newSize ? newSize : larray.Length);
                array = newArray;
            }
        }

        public static void Fill<T>(T[] array, T value)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            for (int i = 0; i < array.Length; i++) array[i] = value;
        }
        public static void Fill<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if ((uint)startIndex > (uint)array.Length) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_IndexMustBeLessOrEqual);
            if ((uint)count > (uint)(array.Length - startIndex)) throw new ArgumentOutOfRangeException(nameof(count), SR.ArgumentOutOfRange_Count);
            for (int i = startIndex; i < startIndex + count; i++) array[i] = value;
        }

        public void Initialize() { }

        // ---- searching ----
        public static int IndexOf(Array array, object value) => IndexOf(array, value, array?.GetLowerBound(0) ?? 0, array?.Length ?? 0);
        public static int IndexOf(Array array, object value, int startIndex) => IndexOf(array, value, startIndex, array == null ? 0 : array.Length - startIndex + array.GetLowerBound(0));
        public static int IndexOf(Array array, object value, int startIndex, int count)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (array.Rank != 1) throw new RankException(SR.Arg_RankMultiDimNotSupported);
            int lb = array.GetLowerBound(0);
            if (startIndex < lb || startIndex > array.Length + lb) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_IndexMustBeLessOrEqual);
            if (count < 0 || count > array.Length - startIndex + lb) throw new ArgumentOutOfRangeException(nameof(count), SR.ArgumentOutOfRange_Count);
            for (int i = startIndex; i < startIndex + count; i++)
            {
                object o = array.GetFlat(i - lb);
                if (o == null ? value == null : o.Equals(value)) return i;
            }
            return lb - 1;
        }

        public static int IndexOf<T>(T[] array, T value)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            return SpanHelpers.IndexOf(ref MemoryMarshal.GetArrayDataReference(array), value, array.Length);
        }
        public static int IndexOf<T>(T[] array, T value, int startIndex)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            return IndexOf(array, value, startIndex, array.Length - startIndex);
        }
        public static int IndexOf<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if ((uint)startIndex > (uint)array.Length) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_IndexMustBeLessOrEqual);
            if ((uint)count > (uint)(array.Length - startIndex)) throw new ArgumentOutOfRangeException(nameof(count), SR.ArgumentOutOfRange_Count);
            int r = SpanHelpers.IndexOf(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), startIndex), value, count);
            return r < 0 ? r : r + startIndex;
        }

        public static int LastIndexOf<T>(T[] array, T value)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            return LastIndexOf(array, value, array.Length - 1, array.Length);
        }
        public static int LastIndexOf<T>(T[] array, T value, int startIndex)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            return LastIndexOf(array, value, startIndex, array.Length == 0 ? 0 : startIndex + 1);
        }
        public static int LastIndexOf<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (array.Length == 0)
            {
                if (startIndex != -1 && startIndex != 0) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_IndexMustBeLess);
                if (count != 0) throw new ArgumentOutOfRangeException(nameof(count), SR.ArgumentOutOfRange_Count);
                return -1;
            }
            if ((uint)startIndex >= (uint)array.Length) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_IndexMustBeLess);
            if (count < 0 || startIndex - count + 1 < 0) throw new ArgumentOutOfRangeException(nameof(count), SR.ArgumentOutOfRange_Count);
            int start = startIndex - count + 1;
            int r = SpanHelpers.LastIndexOf(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), start), value, count);
            return r < 0 ? r : r + start;
        }
        public static int LastIndexOf(Array array, object value)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            for (int i = array.Length - 1; i >= 0; i--) { object o = array.GetFlat(i); if (o == null ? value == null : o.Equals(value)) return i + array.GetLowerBound(0); }
            return array.GetLowerBound(0) - 1;
        }

        public static bool Exists<T>(T[] array, Predicate<T> match) => FindIndex(array, match) != -1;
        public static bool TrueForAll<T>(T[] array, Predicate<T> match)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (match == null) ThrowHelper.ThrowArgumentNullException(nameof(match));
            for (int i = 0; i < array.Length; i++) if (!match(array[i])) return false;
            return true;
        }
        public static T Find<T>(T[] array, Predicate<T> match)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (match == null) ThrowHelper.ThrowArgumentNullException(nameof(match));
            for (int i = 0; i < array.Length; i++) if (match(array[i])) return array[i];
            return default;
        }
        public static T FindLast<T>(T[] array, Predicate<T> match)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (match == null) ThrowHelper.ThrowArgumentNullException(nameof(match));
            for (int i = array.Length - 1; i >= 0; i--) if (match(array[i])) return array[i];
            return default;
        }
        public static T[] FindAll<T>(T[] array, Predicate<T> match)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (match == null) ThrowHelper.ThrowArgumentNullException(nameof(match));
            var list = new List<T>();
            for (int i = 0; i < array.Length; i++) if (match(array[i])) list.Add(array[i]);
            return list.ToArray();
        }
        public static int FindIndex<T>(T[] array, Predicate<T> match) { if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array)); return FindIndex(array, 0, array.Length, match); }
        public static int FindIndex<T>(T[] array, int startIndex, Predicate<T> match) { if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array)); return FindIndex(array, startIndex, array.Length - startIndex, match); }
        public static int FindIndex<T>(T[] array, int startIndex, int count, Predicate<T> match)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (startIndex < 0 || startIndex > array.Length) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_IndexMustBeLessOrEqual);
            if (count < 0 || startIndex > array.Length - count) throw new ArgumentOutOfRangeException(nameof(count), SR.ArgumentOutOfRange_Count);
            if (match == null) ThrowHelper.ThrowArgumentNullException(nameof(match));
            for (int i = startIndex; i < startIndex + count; i++) if (match(array[i])) return i;
            return -1;
        }
        public static int FindLastIndex<T>(T[] array, Predicate<T> match)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (match == null) ThrowHelper.ThrowArgumentNullException(nameof(match));
            for (int i = array.Length - 1; i >= 0; i--) if (match(array[i])) return i;
            return -1;
        }
        public static void ForEach<T>(T[] array, Action<T> action)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (action == null) ThrowHelper.ThrowArgumentNullException(nameof(action));
            for (int i = 0; i < array.Length; i++) action(array[i]);
        }
        public static TOutput[] ConvertAll<TInput, TOutput>(TInput[] array, Converter<TInput, TOutput> converter)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (converter == null) ThrowHelper.ThrowArgumentNullException(nameof(converter));
            var r = new TOutput[array.Length];
            for (int i = 0; i < array.Length; i++) r[i] = converter(array[i]);
            return r;
        }
        public static ReadOnlyCollection<T> AsReadOnly<T>(T[] array)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            return new ReadOnlyCollection<T>(array);
        }

        // ---- reverse / sort / binary search ----
        public static void Reverse(Array array)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            Reverse(array, array.GetLowerBound(0), array.Length);
        }
        public static void Reverse(Array array, int index, int length)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            int lb = array.GetLowerBound(0);
            if (index < lb) throw new ArgumentOutOfRangeException(nameof(index), SR.ArgumentOutOfRange_NeedNonNegNum);
            if (length < 0) throw new ArgumentOutOfRangeException(nameof(length), SR.ArgumentOutOfRange_NeedNonNegNum);
            if (array.Length - (index - lb) < length) throw new ArgumentException(SR.Argument_InvalidOffLen);
            if (array.Rank != 1) throw new RankException(SR.Arg_RankMultiDimNotSupported);
            int i = index - lb, j = i + length - 1;
            while (i < j) { object t = array.GetFlat(i); array.SetFlat(i, array.GetFlat(j)); array.SetFlat(j, t); i++; j--; }
        }
        public static void Reverse<T>(T[] array)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            Reverse(array, 0, array.Length);
        }
        public static void Reverse<T>(T[] array, int index, int length)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (index < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(index));
            if (length < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(length));
            if (array.Length - index < length) ThrowHelper.ThrowArgumentException_InvalidOffLen();
            int i = index, j = index + length - 1;
            while (i < j) { T t = array[i]; array[i] = array[j]; array[j] = t; i++; j--; }
        }

        public static void Sort<T>(T[] array)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (array.Length > 1) ArraySortHelper<T>.Sort(new Span<T>(array), (IComparer<T>)null);
        }
        public static void Sort<T>(T[] array, IComparer<T> comparer)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (array.Length > 1) ArraySortHelper<T>.Sort(new Span<T>(array), comparer);
        }
        public static void Sort<T>(T[] array, int index, int length) => Sort(array, index, length, null);
        public static void Sort<T>(T[] array, int index, int length, IComparer<T> comparer)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (index < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(index));
            if (length < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(length));
            if (array.Length - index < length) ThrowHelper.ThrowArgumentException_InvalidOffLen();
            if (length > 1) ArraySortHelper<T>.Sort(new Span<T>(array, index, length), comparer);
        }
        public static void Sort<T>(T[] array, Comparison<T> comparison)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (comparison == null) ThrowHelper.ThrowArgumentNullException(nameof(comparison));
            if (array.Length > 1) ArraySortHelper<T>.Sort(new Span<T>(array), comparison);
        }
        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items) => Sort(keys, items, 0, keys?.Length ?? 0, null);
        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items, IComparer<TKey> comparer) => Sort(keys, items, 0, keys?.Length ?? 0, comparer);
        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items, int index, int length) => Sort(keys, items, index, length, null);
        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items, int index, int length, IComparer<TKey> comparer)
        {
            if (keys == null) ThrowHelper.ThrowArgumentNullException(nameof(keys));
            if (index < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(index));
            if (length < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(length));
            if (keys.Length - index < length || (items != null && index > items.Length - length)) ThrowHelper.ThrowArgumentException_InvalidOffLen();
            if (length <= 1) return;
            if (items == null) { Sort(keys, index, length, comparer); return; }
            ArraySortHelper<TKey>.SortPaired(new Span<TKey>(keys, index, length), new Span<TValue>(items, index, length), comparer);
        }
        /// <summary>A non-generic comparer seen as IComparer&lt;object&gt; (the sort algorithm's comparer type);
        /// ToString is the wrapped comparer's, for the bogus-comparer message.</summary>
        private sealed class NonGenericComparerAdapter : IComparer<object>
        {
            private readonly IComparer _comparer;
            internal NonGenericComparerAdapter(IComparer comparer) { _comparer = comparer; }
            public int Compare(object x, object y) => _comparer.Compare(x, y);
            public override string ToString() => _comparer.ToString();
        }

        public static void Sort(Array array) => Sort(array, (IComparer)null);
        public static void Sort(Array array, IComparer comparer)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            Sort(array, array.GetLowerBound(0), array.Length, comparer);
        }
        public static void Sort(Array array, int index, int length) => Sort(array, index, length, null);
        public static void Sort(Array array, int index, int length, IComparer comparer)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            comparer ??= System.Collections.Comparer.Default;
            int lb = array.GetLowerBound(0);
            var tmp = new object[length];
            for (int i = 0; i < length; i++) tmp[i] = array.GetFlat(index - lb + i);
            ArraySortHelper<object>.Sort(new Span<object>(tmp), new NonGenericComparerAdapter(comparer));
            for (int i = 0; i < length; i++) array.SetFlat(index - lb + i, tmp[i]);
        }

        public static int BinarySearch<T>(T[] array, T value) { if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array)); return BinarySearch(array, 0, array.Length, value, null); }
        public static int BinarySearch<T>(T[] array, T value, IComparer<T> comparer) { if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array)); return BinarySearch(array, 0, array.Length, value, comparer); }
        public static int BinarySearch<T>(T[] array, int index, int length, T value) => BinarySearch(array, index, length, value, null);
        public static int BinarySearch<T>(T[] array, int index, int length, T value, IComparer<T> comparer)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (index < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(index));
            if (length < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(length));
            if (array.Length - index < length) ThrowHelper.ThrowArgumentException_InvalidOffLen();
            comparer ??= Comparer<T>.Default;
            int lo = index, hi = index + length - 1;
            try
            {
                while (lo <= hi)
                {
                    int i = lo + ((hi - lo) >> 1);
                    int order = comparer.Compare(array[i], value);
                    if (order == 0) return i;
                    if (order < 0) lo = i + 1; else hi = i - 1;
                }
            }
            catch (Exception e) { throw new InvalidOperationException(SR.InvalidOperation_IComparerFailed, e); }
            return ~lo;
        }
        public static int BinarySearch(Array array, object value) => BinarySearch(array, value, null);
        public static int BinarySearch(Array array, object value, IComparer comparer)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            comparer ??= System.Collections.Comparer.Default;
            int lo = 0, hi = array.Length - 1;
            while (lo <= hi)
            {
                int i = lo + ((hi - lo) >> 1);
                int c = comparer.Compare(array.GetFlat(i), value);
                if (c == 0) return i;
                if (c < 0) lo = i + 1; else hi = i - 1;
            }
            return ~lo;
        }

        // ---- IList ----
        public IEnumerator GetEnumerator() => new ArrayEnumerator(this);
        int ICollection.Count => Length;
        public bool IsReadOnly => false;
        public bool IsFixedSize => true;
        public bool IsSynchronized => false;
        public object SyncRoot => this;
        object IList.this[int index] { get => GetValue(index); set => SetValue(value, index); }
        int IList.Add(object value) => throw new NotSupportedException(SR.NotSupported_FixedSizeCollection);
        bool IList.Contains(object value) => IndexOf(this, value) >= GetLowerBound(0);
        void IList.Clear() => Clear(this);
        int IList.IndexOf(object value) => IndexOf(this, value);
        void IList.Insert(int index, object value) => throw new NotSupportedException(SR.NotSupported_FixedSizeCollection);
        void IList.Remove(object value) => throw new NotSupportedException(SR.NotSupported_FixedSizeCollection);
        void IList.RemoveAt(int index) => throw new NotSupportedException(SR.NotSupported_FixedSizeCollection);
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            var o = other as Array;
            if (o == null || Length != o.Length) throw new ArgumentException("Object is not a array with the same number of elements as the array to compare it to.", nameof(other));
            for (int i = 0; i < Length; i++) { int c = comparer.Compare(GetFlat(i), o.GetFlat(i)); if (c != 0) return c; }
            return 0;
        }
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (other == null) return false;
            if ((object)this == other) return true;
            if (!(other is Array o) || o.Length != Length) return false;
            for (int i = 0; i < Length; i++) if (!comparer.Equals(GetFlat(i), o.GetFlat(i))) return false;
            return true;
        }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            int ret = 0;
            for (int i = (Length >= 8 ? Length - 8 : 0); i < Length; i++) ret = ((ret << 5) + ret) ^ comparer.GetHashCode(GetFlat(i));
            return ret;
        }

        private sealed class ArrayEnumerator : IEnumerator, ICloneable
        {
            private readonly Array _array;
            private nint _index = -1;
            internal ArrayEnumerator(Array array) { _array = array; }
            public object Clone() => MemberwiseClone();
            public bool MoveNext() { if (_index < _array.Length) _index++; return _index < _array.Length; }
            public object Current
            {
                get
                {
                    if (_index < 0) throw new InvalidOperationException(SR.InvalidOperation_EnumNotStarted);
                    if (_index >= _array.Length) throw new InvalidOperationException(SR.InvalidOperation_EnumEnded);
                    return _array.GetFlat(_index);
                }
            }
            public void Reset() => _index = -1;
        }
    }

    internal static class EmptyArray<T>
    {
        internal static readonly T[] Value = new T[0];
    }

    /// <summary>Generic interfaces of T[] (IList&lt;T&gt;, IReadOnlyList&lt;T&gt; and their bases): the host dispatches
    /// those interface methods on an SZ array to these methods, with 'this' being the T[] (README, "Arrays and generic interfaces").</summary>
    internal sealed class SZArrayHelper
    {
        private SZArrayHelper() { }
        internal IEnumerator<T> GetEnumerator<T>() { T[] a = Unsafe.As<T[]>(this); return a.Length == 0 ? SZGenericArrayEnumerator<T>.Empty : new SZGenericArrayEnumerator<T>(a); }
        private void CopyTo<T>(T[] array, int index) { T[] a = Unsafe.As<T[]>(this); Array.Copy(a, 0, array, index, a.Length); }
        internal int get_Count<T>() => Unsafe.As<T[]>(this).Length;
        internal T get_Item<T>(int index)
        {
            T[] a = Unsafe.As<T[]>(this);
            if ((uint)index >= (uint)a.Length) ThrowHelper.ThrowArgumentOutOfRange_IndexMustBeLess();
            return a[index];
        }
        internal void set_Item<T>(int index, T value)
        {
            T[] a = Unsafe.As<T[]>(this);
            if ((uint)index >= (uint)a.Length) ThrowHelper.ThrowArgumentOutOfRange_IndexMustBeLess();
            a[index] = value;
        }
        private void Add<T>(T value) => throw new NotSupportedException(SR.NotSupported_FixedSizeCollection);
        private bool Contains<T>(T value) => Array.IndexOf(Unsafe.As<T[]>(this), value) >= 0;
        private bool get_IsReadOnly<T>() => true;
        private void Clear<T>() => throw new NotSupportedException(SR.NotSupported_ReadOnlyCollection);
        private int IndexOf<T>(T value) => Array.IndexOf(Unsafe.As<T[]>(this), value);
        private void Insert<T>(int index, T value) => throw new NotSupportedException(SR.NotSupported_FixedSizeCollection);
        private bool Remove<T>(T value) => throw new NotSupportedException(SR.NotSupported_FixedSizeCollection);
        private void RemoveAt<T>(int index) => throw new NotSupportedException(SR.NotSupported_FixedSizeCollection);
    }

    internal sealed class SZGenericArrayEnumerator<T> : IEnumerator<T>
    {
        internal static readonly SZGenericArrayEnumerator<T> Empty = new SZGenericArrayEnumerator<T>(new T[0]);
        private readonly T[] _array;
        private int _index;
        internal SZGenericArrayEnumerator(T[] array) { _array = array; _index = -1; }
        public bool MoveNext()
        {
            int index = _index + 1;
            if ((uint)index < (uint)_array.Length) { _index = index; return true; }
            _index = _array.Length;
            return false;
        }
        public T Current
        {
            get
            {
                if ((uint)_index >= (uint)_array.Length)
                {
                    if (_index < 0) throw new InvalidOperationException(SR.InvalidOperation_EnumNotStarted);
                    throw new InvalidOperationException(SR.InvalidOperation_EnumEnded);
                }
                return _array[_index];
            }
        }
        object IEnumerator.Current => Current;
        void IEnumerator.Reset() => _index = -1;
        public void Dispose() { }
    }
}

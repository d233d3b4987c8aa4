// Span<T> and friends: spans over arrays, stackalloc and strings; slicing; Fill, CopyTo,
// SequenceEqual, IndexOf, Reverse, Sort; MemoryMarshal.Cast and GetReference; ref returns
// and ref locals; Memory<T>; span-based parsing and formatting.
using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

static class Spans
{
    static ref int Largest(Span<int> values)
    {
        int best = 0;
        for (int i = 1; i < values.Length; i++)
            if (values[i] > values[best]) best = i;
        return ref values[best];
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Sum(ReadOnlySpan<int> values)
    {
        int s = 0;
        foreach (int v in values) s += v;
        return s;
    }

    static int CountWords(ReadOnlySpan<char> text)
    {
        int words = 0;
        while (true)
        {
            text = text.TrimStart(' ');
            if (text.IsEmpty) return words;
            words++;
            int space = text.IndexOf(' ');
            if (space < 0) return words;
            text = text.Slice(space);
        }
    }

    public static void Run()
    {
        int[] array = { 5, 3, 9, 1, 7, 2 };
        Span<int> span = array;
        Check.Eq("span over array", Sum(span), 27);
        Check.Eq("slice", Sum(span.Slice(1, 3)), 13);
        Check.Eq("range slice", Sum(span[^2..]), 9);
        Largest(span) = 0;
        Check.Eq("ref return writes through", array[2], 0);
        ref int first = ref span[0];
        first += 100;
        Check.Eq("ref local", array[0], 105);

        Span<int> stack = stackalloc int[8];
        stack.Fill(3);
        stack[7] = 10;
        Check.Eq("stackalloc span Fill", Sum(stack), 31);
        span.Slice(0, 2).CopyTo(stack);
        Check.Eq("CopyTo", stack[0] + stack[1], 108);
        stack.Slice(0, 4).Reverse();
        Check.Eq("Reverse", stack[3], 105);
        Span<int> sortable = stackalloc int[] { 4, 1, 3, 2 };
        sortable.Sort();
        Check.Eq("Span.Sort", sortable.SequenceEqual(new[] { 1, 2, 3, 4 }), true);
        Check.Eq("IndexOf", sortable.IndexOf(3), 2);

        ReadOnlySpan<char> text = "  span based   word count ";
        Check.Eq("ReadOnlySpan<char> parsing", CountWords(text), 4);
        Check.Eq("int.Parse(span)", int.Parse("xx-77yy".AsSpan(2, 3)), -77);
        Span<char> buffer = stackalloc char[16];
        Check.Eq("TryFormat", 12345.TryFormat(buffer, out int written) ? new string(buffer[..written]) : "fail", "12345");

        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt32BigEndian(bytes, 0x01020304);
        BinaryPrimitives.WriteInt32LittleEndian(bytes[4..], 0x01020304);
        Check.Eq("BinaryPrimitives", BitConverter.ToString(bytes.ToArray()), "01-02-03-04-04-03-02-01");
        Span<int> asInts = MemoryMarshal.Cast<byte, int>(bytes);
        Check.Eq("MemoryMarshal.Cast", asInts.Length + "/" + asInts[1].ToString("X8"), "2/01020304");
        ref byte r0 = ref MemoryMarshal.GetReference(bytes);
        Check.Eq("GetReference + Unsafe.Add", Unsafe.Add(ref r0, 4), (byte)4);

        Memory<int> memory = array.AsMemory(1, 2);
        Check.Eq("Memory<T>.Span", memory.Span[1], 0);
        ReadOnlySpan<byte> utf8 = "abc"u8;
        Check.Eq("u8 span", utf8[2], (byte)'c');
        Check.Eq("SequenceCompareTo", "abc".AsSpan().SequenceCompareTo("abd") < 0, true);
    }
}

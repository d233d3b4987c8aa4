// arith/bit_operations_intrinsics: System.Numerics.BitOperations and the generic-math bit
// helpers (PopCount, LeadingZeroCount, TrailingZeroCount, Log2, RotateLeft/Right, IsPow2,
// RoundUpToPowerOf2), BinaryPrimitives.ReverseEndianness, and Math.BigMul/DivRem; all of
// which the JIT usually turns into single instructions, over edge inputs incl. 0 and -1.
using System;
using System.Globalization;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

static class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)] static T V<T>(T x) => x;

    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Check(1, "PopCount 0, -1u, 0xF0F0, ulong max", BitOperations.PopCount(V(0u)) + " " + BitOperations.PopCount(V(uint.MaxValue)) + " " + BitOperations.PopCount(V(0xF0F0u)) + " " + BitOperations.PopCount(V(ulong.MaxValue)), "0 32 8 64");
        Check(2, "LeadingZeroCount 0, 1, 0x80000000, 1UL", BitOperations.LeadingZeroCount(V(0u)) + " " + BitOperations.LeadingZeroCount(V(1u)) + " " + BitOperations.LeadingZeroCount(V(0x80000000u)) + " " + BitOperations.LeadingZeroCount(V(1UL)), "32 31 0 63");
        Check(3, "TrailingZeroCount 0, 8, int.MinValue, 0UL", BitOperations.TrailingZeroCount(V(0)) + " " + BitOperations.TrailingZeroCount(V(8)) + " " + BitOperations.TrailingZeroCount(V(int.MinValue)) + " " + BitOperations.TrailingZeroCount(V(0UL)), "32 3 31 64");
        Check(4, "Log2 0, 1, 1000, ulong max", BitOperations.Log2(V(0u)) + " " + BitOperations.Log2(V(1u)) + " " + BitOperations.Log2(V(1000u)) + " " + BitOperations.Log2(V(ulong.MaxValue)), "0 0 9 63");
        Check(5, "RotateLeft 0x80000001 by 1, by 33", BitOperations.RotateLeft(V(0x80000001u), 1).ToString("X8") + " " + BitOperations.RotateLeft(V(0x80000001u), V(33)).ToString("X8"), "00000003 00000003");
        Check(6, "RotateRight ulong 1 by 1, by -1", BitOperations.RotateRight(V(1UL), 1).ToString("X16") + " " + BitOperations.RotateRight(V(1UL), V(-1)).ToString("X16"), "8000000000000000 0000000000000002");
        Check(7, "IsPow2 0, 1, 64, 96, int.MinValue", BitOperations.IsPow2(V(0)) + " " + BitOperations.IsPow2(V(1)) + " " + BitOperations.IsPow2(V(64)) + " " + BitOperations.IsPow2(V(96)) + " " + BitOperations.IsPow2(V(int.MinValue)), "False True True False False");
        Check(8, "RoundUpToPowerOf2 0, 1, 5, 0x80000001", BitOperations.RoundUpToPowerOf2(V(0u)) + " " + BitOperations.RoundUpToPowerOf2(V(1u)) + " " + BitOperations.RoundUpToPowerOf2(V(5u)) + " " + BitOperations.RoundUpToPowerOf2(V(0x80000001u)), "0 1 8 0");
        Check(9, "int.LeadingZeroCount(-1), long.PopCount(-1), byte.TrailingZeroCount(0)", int.LeadingZeroCount(V(-1)) + " " + long.PopCount(V(-1L)) + " " + byte.TrailingZeroCount(V((byte)0)), "0 64 8");
        Check(10, "short.RotateLeft(0x4001,2), ushort.Log2(0)", short.RotateLeft(V((short)0x4001), 2) + " " + ushort.Log2(V((ushort)0)), "5 0");
        Check(11, "ReverseEndianness int/ushort/ulong", BinaryPrimitives.ReverseEndianness(V(0x11223344)).ToString("X8") + " " + BinaryPrimitives.ReverseEndianness(V((ushort)0xABCD)).ToString("X4") + " " + BinaryPrimitives.ReverseEndianness(V(0x0102030405060708UL)).ToString("X16"), "44332211 CDAB 0807060504030201");
        ulong hi = Math.BigMul(V(ulong.MaxValue), V(ulong.MaxValue), out ulong lo);
        Check(12, "BigMul(max,max)", hi.ToString("X16") + " " + lo.ToString("X16"), "FFFFFFFFFFFFFFFE 0000000000000001");
        long shi = Math.BigMul(V(-5L), V(3L), out long slo);
        Check(13, "BigMul(-5,3) signed", shi + " " + slo, "-1 -15");
        Check(14, "BigMul int", Math.BigMul(V(int.MinValue), V(int.MinValue)).ToString(), "4611686018427387904");
        var (q, r) = Math.DivRem(V(-17), V(5));
        var (uq, ur) = Math.DivRem(V(17u), V(5u));
        Check(15, "DivRem(-17,5) (17u,5u)", q + " " + r + " " + uq + " " + ur, "-3 -2 3 2");
        Check(16, "long.CopySign(5,-1), int.Abs via Math.Abs(-7)", long.CopySign(V(5L), V(-1L)) + " " + Math.Abs(V(-7)), "-5 7");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
PopCount 0, -1u, 0xF0F0, ulong max = 0 32 8 64
LeadingZeroCount 0, 1, 0x80000000, 1UL = 32 31 0 63
TrailingZeroCount 0, 8, int.MinValue, 0UL = 32 3 31 64
Log2 0, 1, 1000, ulong max = 0 0 9 63
RotateLeft 0x80000001 by 1, by 33 = 00000003 00000003
RotateRight ulong 1 by 1, by -1 = 8000000000000000 0000000000000002
IsPow2 0, 1, 64, 96, int.MinValue = False True True False False
RoundUpToPowerOf2 0, 1, 5, 0x80000001 = 0 1 8 0
int.LeadingZeroCount(-1), long.PopCount(-1), byte.TrailingZeroCount(0) = 0 64 8
short.RotateLeft(0x4001,2), ushort.Log2(0) = 5 0
ReverseEndianness int/ushort/ulong = 44332211 CDAB 0807060504030201
BigMul(max,max) = FFFFFFFFFFFFFFFE 0000000000000001
BigMul(-5,3) signed = -1 -15
BigMul int = 4611686018427387904
DivRem(-17,5) (17u,5u) = -3 -2 3 2
long.CopySign(5,-1), int.Abs via Math.Abs(-7) = -5 7
PASS
--- stderr
*/

using System.Collections.Generic;

namespace System
{
    /// <summary>string.Split: separator scan, then CoreCLR's splitting rules (count limit, RemoveEmptyEntries skipping
    /// empty entries before the last slot, TrimEntries). Uses only public string APIs (difftest compiles it).</summary>
    internal static class StringSplitHelper
    {
        private static void Check(int count, StringSplitOptions options)
        {
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), SR.ArgumentOutOfRange_NegativeCount);
            if ((options & ~(StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) != 0)
                throw new ArgumentException(SR.Format(SR.Argument_InvalidEnumValue, options, nameof(StringSplitOptions)), nameof(options));
        }

        internal static string[] SplitChars(string s, ReadOnlySpan<char> separators, int count, StringSplitOptions options)
        {
            Check(count, options);
            if (count <= 1 || s.Length == 0) return Sole(s, count, options, true);
            var starts = new List<int>();
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (separators.Length == 0 ? char.IsWhiteSpace(c) : separators.IndexOf(c) >= 0) starts.Add(i);
            }
            if (starts.Count == 0) return Sole(s, count, options, false);
            var lengths = new List<int>(starts.Count);
            for (int i = 0; i < starts.Count; i++) lengths.Add(1);
            return Split(s, starts, lengths, count, options);
        }

        internal static string[] SplitString(string s, string separator, int count, StringSplitOptions options)
        {
            Check(count, options);
            if (count <= 1 || s.Length == 0) return Sole(s, count, options, true);
            if (string.IsNullOrEmpty(separator)) return Sole(s, count, options, false);
            return SplitStringsCore(s, new[] { separator }, count, options);
        }

        internal static string[] SplitStrings(string s, string[] separators, int count, StringSplitOptions options)
        {
            Check(count, options);
            if (count <= 1 || s.Length == 0) return Sole(s, count, options, true);
            bool any = false;
            if (separators != null) foreach (string sep in separators) if (!string.IsNullOrEmpty(sep)) { any = true; break; }
            if (!any) return SplitChars(s, default, count, options);
            return SplitStringsCore(s, separators, count, options);
        }

        private static string[] SplitStringsCore(string s, string[] separators, int count, StringSplitOptions options)
        {
            var starts = new List<int>();
            var lengths = new List<int>();
            for (int i = 0; i < s.Length; i++)
            {
                foreach (string sep in separators)
                {
                    if (string.IsNullOrEmpty(sep)) continue;
                    if (s[i] == sep[0] && sep.Length <= s.Length - i && string.CompareOrdinal(s, i, sep, 0, sep.Length) == 0)
                    {
                        starts.Add(i); lengths.Add(sep.Length);
                        i += sep.Length - 1;
                        break;
                    }
                }
            }
            if (starts.Count == 0) return Sole(s, count, options, false);
            return Split(s, starts, lengths, count, options);
        }

        private static string[] Sole(string s, int count, StringSplitOptions options, bool early)
        {
            string candidate = s;
            if ((options & StringSplitOptions.TrimEntries) != 0 && count > 0) candidate = candidate.Trim();
            if ((options & StringSplitOptions.RemoveEmptyEntries) != 0 && candidate.Length == 0) count = 0;
            return count == 0 ? Array.Empty<string>() : new string[] { candidate };
        }

        private static string[] Split(string s, List<int> sep, List<int> len, int count, StringSplitOptions options)
        {
            bool trim = (options & StringSplitOptions.TrimEntries) != 0;
            bool remove = (options & StringSplitOptions.RemoveEmptyEntries) != 0;
            var result = new List<string>();
            int numReplaces = sep.Count;
            int currIndex = 0;
            if (!trim && !remove)
            {
                int n = Math.Min(numReplaces, count - 1);
                for (int i = 0; i < n; i++)
                {
                    result.Add(s.Substring(currIndex, sep[i] - currIndex));
                    currIndex = sep[i] + len[i];
                }
                result.Add(s.Substring(currIndex));
                return result.ToArray();
            }
            for (int i = 0; i < numReplaces; i++)
            {
                string entry = s.Substring(currIndex, sep[i] - currIndex);
                if (trim) entry = entry.Trim();
                if (entry.Length != 0 || !remove) result.Add(entry);
                currIndex = sep[i] + len[i];
                if (result.Count == count - 1)
                {
                    if (remove)
                    {
                        while (++i < numReplaces)
                        {
                            entry = s.Substring(currIndex, sep[i] - currIndex);
                            if (trim) entry = entry.Trim();
                            if (entry.Length != 0) break;
                            currIndex = sep[i] + len[i];
                        }
                    }
                    break;
                }
            }
            string last = s.Substring(currIndex);
            if (trim) last = last.Trim();
            if (last.Length != 0 || !remove) result.Add(last);
            return result.ToArray();
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using StatementContent.Generators.Assembling;
using StatementContent.Generators.Model;

namespace StatementContent.Generators.Lock;

/// <summary>
/// Stale translations (found by <see cref="ContentLock"/>) → <see cref="LocalizedValue.Stale"/> in the emit model,
/// so the generated texts answer <c>IsStale(language)</c>. Keys are the lock items' (<see cref="LockItems.KeyOf"/>).
/// </summary>
internal static class StaleMarks
{
    public static StatementModel Apply(AssembledStatement statement, HashSet<LockKey> stale) =>
        stale.Count == 0 ? statement.Model : statement.Model.MapTexts((key, text) => Apply(text, LockItems.KeyOf(statement, key), stale));

    /// <param name="key">The text's lock item, without a language.</param>
    public static LocalizedTextModel Apply(LocalizedTextModel text, LockKey key, HashSet<LockKey> stale) =>
        stale.Count == 0 || !text.Values.Any(v => stale.Contains(key.In(v.Language)))
            ? text
            : text with { Values = text.Values.Select(v => v with { Stale = stale.Contains(key.In(v.Language)) }).ToEquatableArray() };
}

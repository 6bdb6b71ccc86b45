using System.Text.Json.Serialization;

namespace StatementContent.Cli;

/// <summary>What happened to an item between two contents; <c>--format json</c> writes it as the lowercase word.</summary>
internal enum DiffKind
{
    /// <summary>A statement, a party (its names as details), a text in a language, or a UI string is new.</summary>
    [JsonStringEnumMemberName("added")]
    Added,

    /// <summary>It is gone.</summary>
    [JsonStringEnumMemberName("removed")]
    Removed,

    /// <summary>A text changed (a word diff as detail), or something without text of its own (the metadata, a party's country).</summary>
    [JsonStringEnumMemberName("changed")]
    Changed,

    /// <summary>A party is in another group, under the same id.</summary>
    [JsonStringEnumMemberName("moved")]
    Moved,

    /// <summary>
    /// A party's name changed under the same id, or its id and name changed at once: the only party removed from
    /// its group and the only one added to it. The details give each name's old and new text.
    /// </summary>
    [JsonStringEnumMemberName("renamed")]
    Renamed,
}

using System;

namespace PowerGovernance.Powers;

/// <summary>The forms in which a power is disclosed (公开形式); combine with <c>|</c>.</summary>
[Flags]
public enum DisclosureForms
{
    /// <summary>No form given.</summary>
    None = 0,

    /// <summary>Notice boards (公示栏/公开栏).</summary>
    NoticeBoard = 1,

    /// <summary>Handbooks and leaflets (办事指南/手册).</summary>
    Handbook = 2,

    /// <summary>Telephone hotlines (服务热线).</summary>
    Hotline = 4,

    /// <summary>Websites (政府网站).</summary>
    Website = 8,

    /// <summary>Newspapers, radio and television (新闻媒体).</summary>
    Media = 16,

    /// <summary>Meetings, for internal matters (会议).</summary>
    Meeting = 32,

    /// <summary>Circulars, for internal matters (文件/通报).</summary>
    Circular = 64,
}

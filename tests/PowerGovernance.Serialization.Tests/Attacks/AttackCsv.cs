using System;
using System.IO;
using System.Text;

namespace PowerGovernance.Serialization.Tests.Attacks;

/// <summary>Catalog spreadsheets for the attack tests: the minimum-living-allowance power as an office writes it.</summary>
internal static class AttackCsv
{
    public const string Header = "权力编码,项目名称,权力类别,法律依据,实施主体,承办机构,承办岗位,负责人,启动方式,办理条件,法定时限,承诺时限,是否收费,收费金额,收费依据,收费标准,公开范围,公开形式,公开时间,是否涉密,不公开理由,保密依据,监督机构,投诉渠道";

    /// <summary>The row of <see cref="SamplePowers.MinimumLivingAllowance"/>; its cells hold no ASCII comma, so another separator can replace the commas.</summary>
    public const string Row = "62052400MZ-JF-0001,最低生活保障审批,行政给付,《社会救助暂行办法》第十一条（行政法规）；《甘肃省最低生活保障办法》（地方政府规章）,某镇人民政府,民政办,民政专干,张三,依申请,户籍在本镇，家庭人均收入低于当地低保标准,30个工作日,20个工作日,否,,,,全镇,公示栏、政府网站,长期公开,否,,,镇纪委,0938-1234567";

    /// <summary>The same row with another code (…-0002), so two rows make a catalog.</summary>
    public static string SecondRow => Row.Replace("62052400MZ-JF-0001", "62052400MZ-JF-0002", StringComparison.Ordinal);

    /// <summary>A row with the code <c>62052400MZ-JF-{serial:D7}</c>.</summary>
    public static string RowNumbered(int serial) => Row.Replace("62052400MZ-JF-0001", FormattableString.Invariant($"62052400MZ-JF-{serial:D7}"), StringComparison.Ordinal);

    /// <summary>The header and two rows, CRLF line ends.</summary>
    public static string TwoRows => Header + "\r\n" + Row + "\r\n" + SecondRow + "\r\n";

    /// <summary>The UTF-8 bytes of <paramref name="text"/>, without a byte order mark.</summary>
    public static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    /// <summary>A catalog file of about <paramref name="bytes"/> UTF-8 bytes of clean rows, built in memory.</summary>
    public static byte[] CleanFile(int bytes)
    {
        using var stream = new MemoryStream(bytes + 4096);
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
        {
            writer.Write(Header);
            writer.Write("\r\n");
            for (var serial = 1; stream.Length + (1 << 16) < bytes; serial++)
            {
                writer.Write(RowNumbered(serial));
                writer.Write("\r\n");
                if (serial % 64 == 0)
                {
                    writer.Flush();
                }
            }
        }

        return stream.ToArray();
    }
}

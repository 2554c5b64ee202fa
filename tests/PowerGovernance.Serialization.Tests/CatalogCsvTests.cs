using System;
using System.IO;
using System.Linq;
using System.Text;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;

namespace PowerGovernance.Serialization.Tests;

public class CatalogCsvTests
{
    private const string ChineseHeader = "权力编码,项目名称,权力类别,法律依据,实施主体,承办机构,承办岗位,负责人,启动方式,办理条件,法定时限,承诺时限,是否收费,收费金额,收费依据,收费标准,公开范围,公开形式,公开时间,是否涉密,不公开理由,保密依据,监督机构,投诉渠道,所属主项编码,行使层级,职责对象,审核转报,实施主体统一社会信用代码,实施主体行政区划代码,责任事项";

    private const string AllowanceRow = "62052400MZ-JF-0001,最低生活保障审批,行政给付,《社会救助暂行办法》第十一条（行政法规）；《甘肃省最低生活保障办法》（地方政府规章）,某镇人民政府,民政办,民政专干,张三,依申请,户籍在本镇，家庭人均收入低于当地低保标准,30个工作日,20个工作日,否,,,,全镇,公示栏、政府网站,长期公开,否,,,镇纪委,0938-1234567,,,,否,,,";

    [Fact]
    public void Chinese_headers_are_read_into_powers()
    {
        var catalog = CatalogCsv.Import(ChineseHeader + "\r\n" + AllowanceRow + "\r\n");

        var power = Assert.Single(catalog);
        Assert.Equal(1, catalog.Version);
        Assert.Empty(power.DifferingMembers(SamplePowers.MinimumLivingAllowance));
        Assert.Same(PowerCategory.Benefit, power.Category);
        Assert.Same(Fee.Free, power.Fee);
        Assert.Same(Confidentiality.Public, power.Confidentiality);
    }

    [Fact]
    public void English_headers_and_words_are_read_and_the_version_comes_from_the_options()
    {
        var csv = """
            Code,Name,Category,LegalBases,ImplementingBody,UndertakingUnit,UndertakingPost,ResponsiblePerson,Initiation,Conditions,LegalTimeLimit,CommittedTimeLimit,Charged,FeeAmount,FeeBasis,FeeStandard,DisclosureScope,DisclosureForms,DisclosureTiming,Confidential,ConfidentialityReason,ConfidentialityBasis,SupervisingBody,ComplaintChannel
            62052100CJ-CF-0012,对擅自占用城市道路的处罚,CF,《城市道路管理条例》第四十二条 (AdministrativeRegulation),某县城市建设监察大队,法制室,执法岗,李四,ExOfficio,,90 natural days,60 days,yes,200.50,《城市道路管理条例》第四十二条,"每平方米每日, ""按占用面积""计",社会公开,Handbook; Website,Immediate,yes,"涉及举报人信息
            及执法部署",《中华人民共和国保守国家秘密法》第九条,县住建局纪检组,12345
            """;

        var catalog = CatalogCsv.Import(csv, CatalogCsvOptions.Default with { Version = 4 });

        Assert.Equal(4, catalog.Version);
        Assert.Empty(Assert.Single(catalog).DifferingMembers(SamplePowers.RoadOccupationPenalty));
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_optional_ones_may_be_missing()
    {
        var csv = "启动方式,法律依据, 项目名称 ,权力类别,权力编码,承诺时限,是否涉密\n依职权,,巡查,行政检查,A-JC-0001,5个工作日,\n";

        var power = Assert.Single(CatalogCsv.Import(csv));

        Assert.Equal(new PowerCode("A-JC-0001"), power.Code);
        Assert.Equal("巡查", power.Name);
        Assert.Same(PowerCategory.Inspection, power.Category);
        Assert.Equal(Initiation.ExOfficio, power.Initiation);
        Assert.Empty(power.LegalBases);
        Assert.Equal(TimeLimit.WorkingDays(5), power.CommittedTimeLimit);
        Assert.Null(power.LegalTimeLimit);
        Assert.Null(power.ImplementingBody);
        Assert.Equal(Disclosure.Unspecified, power.Disclosure);
    }

    [Fact]
    public void Header_variants_are_accepted()
    {
        var csv = "*权力编码,权力名称,类别,权力依据,启动方式,Legal Time Limit,committed_time_limit,*是否涉密\nA,名称,许可,《法》（法律）,依申请,20 working days,13工作日,否\n";

        var power = Assert.Single(CatalogCsv.Import(csv));

        Assert.Equal("名称", power.Name);
        Assert.Same(PowerCategory.Licensing, power.Category);
        Assert.Equal([new LegalBasis("《法》", null, LegalBasisRank.Law)], power.LegalBases);
        Assert.Equal(TimeLimit.WorkingDays(20), power.LegalTimeLimit);
        Assert.Equal(TimeLimit.WorkingDays(13), power.CommittedTimeLimit);
    }

    [Fact]
    public void Quoted_cells_keep_commas_quotes_and_line_breaks_and_rows_are_numbered_as_a_spreadsheet_does()
    {
        var csv = "权力编码,项目名称,权力类别,法律依据,启动方式,办理条件,法定时限,是否涉密\n"
            + "A,\"甲, 乙\",行政许可,\"《法一》第一条（法律）\n《法二》第二条（部门规章）\",依申请,\"第一行\n第二行 \"\"引号\"\"\",20日\n"
            + "B,丙,行政许可,,依申请,,20周\n";

        var error = Assert.Throws<CatalogImportException>(() => CatalogCsv.Import(csv));
        var problem = Assert.Single(error.Findings);
        Assert.Equal(("row 3, column 7 (法定时限)", 5), (problem.Path, problem.Line)); // row 2 spans lines 2-4

        var power = CatalogCsv.Import(csv.Replace("20周", "20天", StringComparison.Ordinal)).Powers[0];
        Assert.Equal("甲, 乙", power.Name);
        Assert.Equal("第一行\n第二行 \"引号\"", power.Conditions);
        Assert.Equal(
            [new LegalBasis("《法一》", "第一条", LegalBasisRank.Law), new LegalBasis("《法二》", "第二条", LegalBasisRank.DepartmentalRule)],
            power.LegalBases);
    }

    [Fact]
    public void Legal_bases_split_only_outside_titles_and_keep_parentheses_in_articles()
    {
        var csv = "权力编码,项目名称,权力类别,法律依据,启动方式,是否涉密\n"
            + "A,甲,行政许可,\"《关于甲；乙的通知》第三条第（一）项(规范性文件); 《法》（法律）\n\n 《中国共产党纪律处分条例》（党内法规）\",依申请\n";

        var power = Assert.Single(CatalogCsv.Import(csv));

        Assert.Equal(
            [
                new LegalBasis("《关于甲；乙的通知》", "第三条第（一）项", LegalBasisRank.NormativeDocument),
                new LegalBasis("《法》", null, LegalBasisRank.Law),
                new LegalBasis("《中国共产党纪律处分条例》", null, LegalBasisRank.PartyRegulation),
            ],
            power.LegalBases);
    }

    [Fact]
    public void A_broken_file_reports_every_problem_with_row_and_column_and_returns_no_catalog()
    {
        var csv = ChineseHeader + "\n"
            + AllowanceRow + "\n"
            + "A-XK-0001,甲,行政许可,《法》第一条,某镇,办,岗,人,依申请,条件,二十日,15日,否,,,,全镇,公示栏,长期公开,否,,,纪委,123\n"
            + "A-XK-0002,乙,行政审批类,《法》（法律）,某镇,办,岗,人,依靠申请,条件,20日,10日,收,十元,,,全镇,公告牌、网站,永久公开,不,,,纪委,123\n"
            + "\n"
            + "A-XK-0003,丙,XK,法第一条（法律）；《规章》（省级规章）,某镇,办,岗,人,,条件,20日,10日,是,12.5元,依据,标准,全镇,,,否,,,纪委,123\n";

        var error = Assert.Throws<CatalogImportException>(() => CatalogCsv.Import(csv));

        var found = error.Findings.Select(p => (p.Path, p.AttemptedValue, p.Code)).ToArray();
        Assert.Equal(
            [
                ("row 3, column 4 (法律依据)", "《法》第一条", CatalogImportRuleCodes.LegalBasisRank),
                ("row 3, column 11 (法定时限)", "二十日", CatalogImportRuleCodes.TimeLimitFormat),
                ("row 4, column 3 (权力类别)", "行政审批类", CatalogImportRuleCodes.UnknownCategory),
                ("row 4, column 9 (启动方式)", "依靠申请", CatalogImportRuleCodes.UnknownInitiation),
                ("row 4, column 13 (是否收费)", "收", CatalogImportRuleCodes.YesNoFormat),
                ("row 4, column 14 (收费金额)", "十元", CatalogImportRuleCodes.AmountFormat),
                ("row 4, column 18 (公开形式)", "公告牌、网站", CatalogImportRuleCodes.UnknownDisclosureForm),
                ("row 4, column 19 (公开时间)", "永久公开", CatalogImportRuleCodes.UnknownDisclosureTiming),
                ("row 4, column 20 (是否涉密)", "不", CatalogImportRuleCodes.YesNoFormat),
                ("row 6, column 4 (法律依据)", "法第一条（法律）；《规章》（省级规章）", CatalogImportRuleCodes.LegalBasisFormat),
                ("row 6, column 4 (法律依据)", "法第一条（法律）；《规章》（省级规章）", CatalogImportRuleCodes.LegalBasisRank),
                ("row 6, column 9 (启动方式)", null, CatalogImportRuleCodes.MissingValue),
            ],
            found);
        Assert.Contains("row 3, column 11 (法定时限) '二十日': [TimeLimitFormat]", error.Message, StringComparison.Ordinal);
        Assert.Contains("12 problem(s); nothing was imported", error.Message, StringComparison.Ordinal);
        Assert.All(error.Findings, p => Assert.False(string.IsNullOrWhiteSpace(p.ChineseMessage)));
        Assert.Contains("公告牌", error.Findings.Single(p => p.Code == CatalogImportRuleCodes.UnknownDisclosureForm).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_columns_are_reported_by_name()
    {
        var error = Assert.Throws<CatalogImportException>(() => CatalogCsv.Import("项目名称,法律依据\n甲,\n"));

        Assert.Equal(
            ["row 1 (权力编码)", "row 1 (权力类别)", "row 1 (启动方式)", "row 1 (是否涉密)"],
            error.Findings.Where(p => p.Code == CatalogImportRuleCodes.MissingColumn).Select(p => p.Path));
        Assert.All(error.Findings, p => Assert.Equal(1, p.Line));
    }

    [Fact]
    public void Duplicate_codes_are_import_errors_naming_the_first_row()
    {
        var csv = ChineseHeader + "\n" + AllowanceRow + "\n" + AllowanceRow.Replace("最低生活保障审批", "另一项", StringComparison.Ordinal) + "\n";

        var error = Assert.Throws<CatalogImportException>(() => CatalogCsv.Import(csv));

        var problem = Assert.Single(error.Findings);
        Assert.Equal(("row 3, column 1 (权力编码)", "62052400MZ-JF-0001", CatalogImportRuleCodes.DuplicateCode), (problem.Path, problem.AttemptedValue, problem.Code));
        Assert.Contains("already used in row 2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_and_repeated_columns_are_errors_unless_unknown_ones_are_ignored()
    {
        var csv = "权力编码,项目名称,权力类别,法律依据,启动方式,备注,Name,是否涉密\nA,甲,行政许可,,依申请,随便写,乙,否\n";

        var error = Assert.Throws<CatalogImportException>(() => CatalogCsv.Import(csv));
        Assert.Equal(
            [("row 1, column 6 (备注)", CatalogImportRuleCodes.UnknownColumn), ("row 1, column 7 (Name)", CatalogImportRuleCodes.DuplicateColumn)],
            error.Findings.Select(p => (p.Path, p.Code)));

        var ignoring = CatalogCsvOptions.Default with { IgnoreUnknownColumns = true };
        var stillRepeated = Assert.Throws<CatalogImportException>(() => CatalogCsv.Import(csv, ignoring));
        Assert.Equal(CatalogImportRuleCodes.DuplicateColumn, Assert.Single(stillRepeated.Findings).Code);
        Assert.Equal("甲", Assert.Single(CatalogCsv.Import(csv.Replace(",Name", string.Empty, StringComparison.Ordinal).Replace(",乙", string.Empty, StringComparison.Ordinal), ignoring)).Name);
    }

    [Fact]
    public void Blank_rows_and_empty_unnamed_columns_are_skipped_but_stray_values_are_errors()
    {
        var csv = "是否涉密,权力编码,项目名称,权力类别,法律依据,启动方式,\n\n,,,,,,\n,A,甲,行政许可,,依申请,\n,B,乙,行政许可,,依申请,多余\n,C,丙,行政许可,,依申请,,也多余\n";

        var error = Assert.Throws<CatalogImportException>(() => CatalogCsv.Import(csv));

        Assert.Equal(
            [("row 5, column 7", CatalogImportRuleCodes.UnnamedColumnValue), ("row 6, column 8", CatalogImportRuleCodes.ExtraCells)],
            error.Findings.Select(p => (p.Path, p.Code)));
        Assert.Equal(["A"], CatalogCsv.Import(string.Join('\n', csv.Split('\n').Take(4)) + "\n").Select(p => p.Code.Value));
    }

    [Fact]
    public void Broken_quoting_is_reported()
    {
        var csv = "权力编码,项目名称,权力类别,法律依据,启动方式,是否涉密\nA,\"甲\"乙,行政许可,,依申请\nB,\"乙,行政许可,,依申请\n";

        var error = Assert.Throws<CatalogImportException>(() => CatalogCsv.Import(csv));

        Assert.Equal(
            [("row 2", CatalogImportRuleCodes.MalformedCsv), ("row 3", CatalogImportRuleCodes.MalformedCsv)],
            error.Findings.Where(p => p.Code == CatalogImportRuleCodes.MalformedCsv).Select(p => (p.Path, p.Code)));
    }

    [Fact]
    public void An_empty_file_has_no_header()
    {
        var error = Assert.Throws<CatalogImportException>(() => CatalogCsv.Import(string.Empty));

        Assert.Equal(CatalogImportRuleCodes.MissingHeader, Assert.Single(error.Findings).Code);
    }

    [Fact]
    public void A_header_only_file_is_an_empty_catalog()
    {
        Assert.Empty(CatalogCsv.Import(ChineseHeader + "\r\n"));
    }

    [Fact]
    public void Host_categories_come_from_the_options()
    {
        var special = new PowerCategory("ZX", "专项审批", "Special approval");
        var csv = "权力编码,项目名称,权力类别,法律依据,启动方式,是否涉密\nA,甲,专项审批,,依申请,否\n";

        Assert.Equal(CatalogImportRuleCodes.UnknownCategory, Assert.Single(Assert.Throws<CatalogImportException>(() => CatalogCsv.Import(csv)).Findings).Code);
        var options = CatalogCsvOptions.Default with { AdditionalCategories = [special] };
        var catalog = CatalogCsv.Import(csv, options);
        Assert.Same(special, Assert.Single(catalog).Category);
        Assert.Equal(catalog.Powers, CatalogCsv.Import(CatalogCsv.Export(catalog, options), options).Powers);
        Assert.Throws<ArgumentException>(() => CatalogCsv.Export(catalog));
    }

    [Fact]
    public void Export_writes_Chinese_headers_and_words_by_default_and_reads_back()
    {
        var catalog = SamplePowers.Catalog();

        var csv = CatalogCsv.Export(catalog);

        var lines = csv.Split("\r\n");
        Assert.Equal(ChineseHeader, lines[0]);
        Assert.Equal(AllowanceRow, lines[1]);
        Assert.Contains("依职权", csv, StringComparison.Ordinal);
        Assert.Contains("\"每平方米每日, \"\"按占用面积\"\"计\"", csv, StringComparison.Ordinal);
        Assert.Equal(catalog.Powers, CatalogCsv.Import(csv).Powers);
    }

    [Fact]
    public void Export_can_write_English_headers_and_words()
    {
        var options = CatalogCsvOptions.Default with { Language = CatalogCsvLanguage.English };

        var csv = CatalogCsv.Export(SamplePowers.Catalog(), options);

        Assert.StartsWith("Code,Name,Category,LegalBases,", csv, StringComparison.Ordinal);
        Assert.Contains(",CF,《城市道路管理条例》第四十二条 (AdministrativeRegulation),", csv, StringComparison.Ordinal);
        Assert.Contains(",ExOfficio,,90 natural days,60 natural days,yes,200.50,", csv, StringComparison.Ordinal);
        Assert.Contains(",Handbook; Website,Immediate,yes,", csv, StringComparison.Ordinal);
        Assert.Equal(SamplePowers.Catalog().Powers, CatalogCsv.Import(csv).Powers);
    }

    [Fact]
    public void Streams_are_UTF8_with_a_byte_order_mark_for_Excel_and_other_encodings_can_be_read()
    {
        using var stream = new MemoryStream();
        CatalogCsv.Export(SamplePowers.Catalog(), stream);
        var bytes = stream.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));

        stream.Position = 0;
        Assert.Equal(SamplePowers.Catalog().Powers, CatalogCsv.Import(stream).Powers);

        var utf16 = new MemoryStream(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(CatalogCsv.Export(SamplePowers.Catalog()))).ToArray());
        Assert.Equal(SamplePowers.Catalog().Powers, CatalogCsv.Import(utf16).Powers);
    }

    [Fact]
    public void A_file_in_another_encoding_read_as_UTF8_gets_a_hint()
    {
        // Neither UTF-8 nor GB18030 (é before a line break): refused with the hint to save as "CSV UTF-8".
        var latin1 = Encoding.Latin1.GetBytes("Code,Name,Category,LegalBases,Initiation,Confidential,Caf\u00e9\n");

        var error = Assert.Throws<CatalogImportException>(() => CatalogCsv.Import(new MemoryStream(latin1)));

        Assert.Contains(error.Findings, p => p.Code == "InvalidEncoding" && p.Message.Contains("CSV UTF-8", StringComparison.Ordinal));
        var read = CatalogCsv.Import(new MemoryStream(Encoding.Latin1.GetBytes("Code,Name,Category,LegalBases,Initiation,Confidential\nA,Café,XK,,ExOfficio,no\n")), CatalogCsvOptions.Default with { Encoding = Encoding.Latin1 });
        Assert.Equal("Café", Assert.Single(read).Name);
    }

    [Fact]
    public void Export_refuses_what_would_not_read_back_and_names_every_power()
    {
        var badTitle = SamplePowers.MinimumLivingAllowance with { LegalBases = [new LegalBasis("社会救助暂行办法", "第十一条", LegalBasisRank.AdministrativeRegulation)] };
        var badArticle = SamplePowers.RoadOccupationPenalty with { LegalBases = [new LegalBasis("《条例》", "第一条；第二条", LegalBasisRank.Law)], Initiation = (Initiation)9 };
        using var writer = new StringWriter();

        var error = Assert.Throws<ArgumentException>(() => CatalogCsv.Export(new PowerCatalog([badTitle, badArticle]), writer));

        Assert.Equal("catalog", error.ParamName);
        Assert.Contains("'62052400MZ-JF-0001': the legal basis '社会救助暂行办法第十一条（行政法规）' would not read back", error.Message, StringComparison.Ordinal);
        Assert.Contains("'62052100CJ-CF-0012': the legal basis '《条例》第一条；第二条（法律）' would not read back", error.Message, StringComparison.Ordinal);
        Assert.Contains("the initiation 9 is not a defined Initiation", error.Message, StringComparison.Ordinal);
        Assert.Equal(string.Empty, writer.ToString());
    }

    [Fact]
    public void Another_separator_can_be_used_both_ways_and_an_impossible_one_is_refused()
    {
        var options = CatalogCsvOptions.Default with { Separator = ';' };

        var csv = CatalogCsv.Export(SamplePowers.Catalog(), options);

        Assert.StartsWith("权力编码;项目名称;", csv, StringComparison.Ordinal);
        Assert.Equal(SamplePowers.Catalog().Powers, CatalogCsv.Import(csv, options).Powers);
        Assert.ThrowsAny<ArgumentException>(() => CatalogCsv.Import(csv, options with { Separator = '"' }));
        Assert.ThrowsAny<ArgumentException>(() => CatalogCsv.Export(SamplePowers.Catalog(), options with { Separator = '，' }));
    }

    [Fact]
    public void The_column_table_has_31_columns_with_unique_headers()
    {
        Assert.Equal(Enumerable.Range(1, 31), CatalogCsv.Columns.Select(c => c.Number));
        var headers = CatalogCsv.Columns.SelectMany(c => c.OtherHeaders.Append(c.ChineseHeader).Append(c.EnglishHeader)).ToArray();
        Assert.Equal(headers.Length, headers.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(["权力编码", "项目名称", "权力类别", "法律依据", "启动方式", "是否涉密"], CatalogCsv.Columns.Where(c => c.IsRequired).Select(c => c.ChineseHeader));
    }
}

using System.IO;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;

namespace PowerGovernance.Serialization.Tests;

/// <summary>Real data for the calendar format tests: the official calendar file and published holiday-cn year files.</summary>
internal static class CalendarTestData
{
    /// <summary>
    /// holiday-cn's 2020.json as published in NateScarlet/holiday-cn (path 2020.json, commit
    /// 78b4552627bf75dcd782f64b61880db2c0ad9355), byte for byte (4,426 characters, no final line end).
    /// </summary>
    public const string HolidayCn2020 = """
        {
            "$schema": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json",
            "$id": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/2020.json",
            "year": 2020,
            "papers": [
                "http://www.gov.cn/zhengce/content/2019-11/21/content_5454164.htm",
                "http://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm"
            ],
            "days": [
                {
                    "name": "元旦",
                    "date": "2020-01-01",
                    "isOffDay": true
                },
                {
                    "name": "春节",
                    "date": "2020-01-19",
                    "isOffDay": false
                },
                {
                    "name": "春节",
                    "date": "2020-01-24",
                    "isOffDay": true
                },
                {
                    "name": "春节",
                    "date": "2020-01-25",
                    "isOffDay": true
                },
                {
                    "name": "春节",
                    "date": "2020-01-26",
                    "isOffDay": true
                },
                {
                    "name": "春节",
                    "date": "2020-01-27",
                    "isOffDay": true
                },
                {
                    "name": "春节",
                    "date": "2020-01-28",
                    "isOffDay": true
                },
                {
                    "name": "春节",
                    "date": "2020-01-29",
                    "isOffDay": true
                },
                {
                    "name": "春节",
                    "date": "2020-01-30",
                    "isOffDay": true
                },
                {
                    "name": "春节",
                    "date": "2020-01-31",
                    "isOffDay": true
                },
                {
                    "name": "春节",
                    "date": "2020-02-01",
                    "isOffDay": true
                },
                {
                    "name": "春节",
                    "date": "2020-02-02",
                    "isOffDay": true
                },
                {
                    "name": "清明节",
                    "date": "2020-04-04",
                    "isOffDay": true
                },
                {
                    "name": "清明节",
                    "date": "2020-04-05",
                    "isOffDay": true
                },
                {
                    "name": "清明节",
                    "date": "2020-04-06",
                    "isOffDay": true
                },
                {
                    "name": "劳动节",
                    "date": "2020-04-26",
                    "isOffDay": false
                },
                {
                    "name": "劳动节",
                    "date": "2020-05-01",
                    "isOffDay": true
                },
                {
                    "name": "劳动节",
                    "date": "2020-05-02",
                    "isOffDay": true
                },
                {
                    "name": "劳动节",
                    "date": "2020-05-03",
                    "isOffDay": true
                },
                {
                    "name": "劳动节",
                    "date": "2020-05-04",
                    "isOffDay": true
                },
                {
                    "name": "劳动节",
                    "date": "2020-05-05",
                    "isOffDay": true
                },
                {
                    "name": "劳动节",
                    "date": "2020-05-09",
                    "isOffDay": false
                },
                {
                    "name": "端午节",
                    "date": "2020-06-25",
                    "isOffDay": true
                },
                {
                    "name": "端午节",
                    "date": "2020-06-26",
                    "isOffDay": true
                },
                {
                    "name": "端午节",
                    "date": "2020-06-27",
                    "isOffDay": true
                },
                {
                    "name": "端午节",
                    "date": "2020-06-28",
                    "isOffDay": false
                },
                {
                    "name": "国庆节、中秋节",
                    "date": "2020-09-27",
                    "isOffDay": false
                },
                {
                    "name": "国庆节、中秋节",
                    "date": "2020-10-01",
                    "isOffDay": true
                },
                {
                    "name": "国庆节、中秋节",
                    "date": "2020-10-02",
                    "isOffDay": true
                },
                {
                    "name": "国庆节、中秋节",
                    "date": "2020-10-03",
                    "isOffDay": true
                },
                {
                    "name": "国庆节、中秋节",
                    "date": "2020-10-04",
                    "isOffDay": true
                },
                {
                    "name": "国庆节、中秋节",
                    "date": "2020-10-05",
                    "isOffDay": true
                },
                {
                    "name": "国庆节、中秋节",
                    "date": "2020-10-06",
                    "isOffDay": true
                },
                {
                    "name": "国庆节、中秋节",
                    "date": "2020-10-07",
                    "isOffDay": true
                },
                {
                    "name": "国庆节、中秋节",
                    "date": "2020-10-08",
                    "isOffDay": true
                },
                {
                    "name": "国庆节、中秋节",
                    "date": "2020-10-10",
                    "isOffDay": false
                }
            ]
        }
        """;

    /// <summary>
    /// holiday-cn's 2024.json: the object NateScarlet/holiday-cn publishes at
    /// https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/2024.json, as copied (with its $schema and
    /// $id) into stanfil/base-field-plugin-date-calc-only-workday, src/tools.ts, indentation as found there. The
    /// stored copy of NateScarlet/holiday-cn's own 2024.json is an early, empty version; the days agree day for day
    /// with NateScarlet/holiday-cn's 2024.ics (commit 0c2759c89d8477d8915b2e15a8ec68a2b28baa92).
    /// </summary>
    public const string HolidayCn2024 = """
          {
            "$schema": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json",
            "$id": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/2024.json",
            "year": 2024,
            "papers": [
              "https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm"
            ],
            "days": [
              {
                "name": "元旦",
                "date": "2024-01-01",
                "isOffDay": true
              },
              {
                "name": "春节",
                "date": "2024-02-04",
                "isOffDay": false
              },
              {
                "name": "春节",
                "date": "2024-02-10",
                "isOffDay": true
              },
              {
                "name": "春节",
                "date": "2024-02-11",
                "isOffDay": true
              },
              {
                "name": "春节",
                "date": "2024-02-12",
                "isOffDay": true
              },
              {
                "name": "春节",
                "date": "2024-02-13",
                "isOffDay": true
              },
              {
                "name": "春节",
                "date": "2024-02-14",
                "isOffDay": true
              },
              {
                "name": "春节",
                "date": "2024-02-15",
                "isOffDay": true
              },
              {
                "name": "春节",
                "date": "2024-02-16",
                "isOffDay": true
              },
              {
                "name": "春节",
                "date": "2024-02-17",
                "isOffDay": true
              },
              {
                "name": "春节",
                "date": "2024-02-18",
                "isOffDay": false
              },
              {
                "name": "清明节",
                "date": "2024-04-04",
                "isOffDay": true
              },
              {
                "name": "清明节",
                "date": "2024-04-05",
                "isOffDay": true
              },
              {
                "name": "清明节",
                "date": "2024-04-06",
                "isOffDay": true
              },
              {
                "name": "清明节",
                "date": "2024-04-07",
                "isOffDay": false
              },
              {
                "name": "劳动节",
                "date": "2024-04-28",
                "isOffDay": false
              },
              {
                "name": "劳动节",
                "date": "2024-05-01",
                "isOffDay": true
              },
              {
                "name": "劳动节",
                "date": "2024-05-02",
                "isOffDay": true
              },
              {
                "name": "劳动节",
                "date": "2024-05-03",
                "isOffDay": true
              },
              {
                "name": "劳动节",
                "date": "2024-05-04",
                "isOffDay": true
              },
              {
                "name": "劳动节",
                "date": "2024-05-05",
                "isOffDay": true
              },
              {
                "name": "劳动节",
                "date": "2024-05-11",
                "isOffDay": false
              },
              {
                "name": "端午节",
                "date": "2024-06-10",
                "isOffDay": true
              },
              {
                "name": "中秋节",
                "date": "2024-09-14",
                "isOffDay": false
              },
              {
                "name": "中秋节",
                "date": "2024-09-15",
                "isOffDay": true
              },
              {
                "name": "中秋节",
                "date": "2024-09-16",
                "isOffDay": true
              },
              {
                "name": "中秋节",
                "date": "2024-09-17",
                "isOffDay": true
              },
              {
                "name": "国庆节",
                "date": "2024-09-29",
                "isOffDay": false
              },
              {
                "name": "国庆节",
                "date": "2024-10-01",
                "isOffDay": true
              },
              {
                "name": "国庆节",
                "date": "2024-10-02",
                "isOffDay": true
              },
              {
                "name": "国庆节",
                "date": "2024-10-03",
                "isOffDay": true
              },
              {
                "name": "国庆节",
                "date": "2024-10-04",
                "isOffDay": true
              },
              {
                "name": "国庆节",
                "date": "2024-10-05",
                "isOffDay": true
              },
              {
                "name": "国庆节",
                "date": "2024-10-06",
                "isOffDay": true
              },
              {
                "name": "国庆节",
                "date": "2024-10-07",
                "isOffDay": true
              },
              {
                "name": "国庆节",
                "date": "2024-10-12",
                "isOffDay": false
              }
            ]
          }
        """;

    public static WorkingCalendar Official()
    {
        using var stream = ChinaCalendars.OpenOfficialData();
        return WorkingCalendar.Load(stream);
    }
}

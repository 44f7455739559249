using System.Globalization;
using CaseManagement.Domain.Calendar;
using CaseManagement.Web.Audit;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Persistence.Calendar;
using FluentValidation;
using FluentValidation.Results;
using MediatR;

namespace CaseManagement.Web.Features.Administration;

/// <summary>
/// The administrator enters a year's State Council schedule (国务院办公厅关于部分节假日安排的通知, published
/// each October–December) as two lists of dates: the days off and the make-up workdays (调休上班日).
/// Invalid data is refused with the problems beside the lists and nothing is saved; a saved year
/// replaces the one stored, and deadlines falling in it stop being provisional.
/// </summary>
public static class SaveHolidayYear
{
    public const string AuditAction = "录入节假日安排";

    private static readonly char[] Separators = [' ', '\t', '\r', '\n', ',', '，', '、', ';', '；'];

    public sealed record Command : IRequest<Unit>
    {
        public int Year { get; init; }

        /// <summary>Dates yyyy-MM-dd separated by spaces, commas, 、 or new lines, including the weekend days inside each holiday block.</summary>
        public string? Holidays { get; init; }

        public string? MakeupWorkdays { get; init; }
    }

    /// <summary>The dates of a list, or the tokens that are not dates.</summary>
    public static (IReadOnlyList<DateOnly> Dates, IReadOnlyList<string> Invalid) ParseDates(string? text)
    {
        var dates = new SortedSet<DateOnly>();
        var invalid = new List<string>();
        foreach (var token in (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (DateOnly.TryParseExact(token, ["yyyy-M-d", "yyyy/M/d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                dates.Add(date);
            }
            else
            {
                invalid.Add(token);
            }
        }

        return ([.. dates], invalid);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Year).InclusiveBetween(2000, 2100).WithMessage("年份须在2000至2100之间");
            RuleFor(c => c).Custom((command, context) =>
            {
                var holidays = ParseDates(command.Holidays);
                var makeups = ParseDates(command.MakeupWorkdays);
                if (holidays.Invalid.Count > 0)
                {
                    context.AddFailure(nameof(Command.Holidays), $"不是有效日期（格式 yyyy-MM-dd）：{string.Join("、", holidays.Invalid)}");
                }

                if (makeups.Invalid.Count > 0)
                {
                    context.AddFailure(nameof(Command.MakeupWorkdays), $"不是有效日期（格式 yyyy-MM-dd）：{string.Join("、", makeups.Invalid)}");
                }

                if (holidays.Dates.Count == 0 && holidays.Invalid.Count == 0)
                {
                    context.AddFailure(nameof(Command.Holidays), "请填写放假日期");
                }

                if (holidays.Invalid.Count > 0 || makeups.Invalid.Count > 0 || command.Year is < 2000 or > 2100)
                {
                    return;
                }

                // The domain's check, attributed to the list each problem is about; what only the two
                // lists together show (a day in both) goes beside the make-up list.
                var holidayProblems = new HolidayYear(command.Year, holidays.Dates, []).Problems();
                var makeupProblems = new HolidayYear(command.Year, [], makeups.Dates).Problems();
                var all = new HolidayYear(command.Year, holidays.Dates, makeups.Dates).Problems();
                foreach (var problem in all)
                {
                    var property = holidayProblems.Contains(problem) && !makeupProblems.Contains(problem) ? nameof(Command.Holidays) : nameof(Command.MakeupWorkdays);
                    context.AddFailure(new ValidationFailure(property, problem));
                }
            });
        }
    }

    internal sealed class Handler(CaseDbContext db, HolidayCalendarProvider calendar, AuditLog audit, ICurrentUser administrator)
        : IRequestHandler<Command, Unit>
    {
        public const string NotInstallationAdministrator =
            "节假日安排全国统一，由本系统的安装管理员维护；单位系统管理员只能修改本单位的设置、用户和文书模板。";

        public async Task<Unit> Handle(Command command, CancellationToken ct)
        {
            // The calendar is shared by every organisation of the installation (国务院办公厅 schedules), so an
            // organisation's administrator may not change it for the others.
            if (!administrator.IsInRole(Roles.InstallationAdministrator))
            {
                throw new ForbiddenException(NotInstallationAdministrator);
            }

            var year = new HolidayYear(command.Year, ParseDates(command.Holidays).Dates, ParseDates(command.MakeupWorkdays).Dates);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            audit.Append(administrator.UserId, AuditAction, caseId: null,
                $"{administrator.DisplayName}录入{command.Year}年节假日安排：放假{year.Holidays.Count}天，调休上班{year.MakeupWorkdays.Count}天",
                after: $"放假：{Join(year.Holidays)}；调休上班：{Join(year.MakeupWorkdays)}");
            var problems = await calendar.SaveYearAsync(db, year, ct);
            if (problems.Count > 0)
            {
                // The validator checked the same rules; this only guards a rule added to the domain later.
                throw new ValidationException(problems.Select(p => new ValidationFailure(nameof(Command.Holidays), p)));
            }

            await transaction.CommitAsync(ct);
            // Again after the commit: a request between SaveYearAsync's own invalidation and the commit may have cached the old year.
            calendar.Invalidate();
            return Unit.Value;
        }

        private static string Join(IEnumerable<DateOnly> dates) =>
            string.Join("、", dates.Order().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }
}

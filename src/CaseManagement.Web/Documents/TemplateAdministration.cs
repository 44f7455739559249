using CaseManagement.Web.Documents.Definitions;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Documents;

/// <summary>
/// Template management by the administrator or the legal reviewer, for their own organisation: list the
/// standard templates with their versions and fields, upload a revision (checked against the template's
/// contract: a revision that lacks a field is refused naming it in Chinese, and nothing is stored), download
/// any version. Version 0 is the file shipped in templates/.
/// </summary>
public static class TemplateAdministration
{
    /// <summary>Uploads beyond this size are refused (the shipped templates are ~20 KB).</summary>
    public const int MaxTemplateBytes = 5 * 1024 * 1024;

    public sealed record TemplateVersionInfo(int Number, DateTime? UploadedAt, string? UploadedBy, string Sha256, long Length, bool Active);

    public sealed record TemplateInfo(
        string Name, string Title, int ActiveVersion, IReadOnlyList<TemplateVersionInfo> Versions,
        string? WhenIssued = null, IReadOnlyList<TemplateFieldGuide>? Fields = null);

    public sealed record TemplateFile(string FileName, byte[] Content);

    public sealed record ListQuery : IRequest<IReadOnlyList<TemplateInfo>>;

    public sealed record UploadCommand(string Name, byte[] Content) : IRequest<TemplateVersionInfo>;

    public sealed record DownloadQuery(string Name, int Number) : IRequest<TemplateFile>;

    internal sealed class ListHandler(CaseDbContext db, TemplateStore files, ICurrentUser user) : IRequestHandler<ListQuery, IReadOnlyList<TemplateInfo>>
    {
        public async Task<IReadOnlyList<TemplateInfo>> Handle(ListQuery query, CancellationToken cancellationToken)
        {
            var organisationId = OrganisationOf(user);
            var uploaded = await db.Set<TemplateVersion>().AsNoTracking()
                .Where(t => t.OrganisationId == organisationId)
                .Select(t => new { t.Name, t.Number, t.UploadedAt, t.UploadedBy, t.Sha256, t.Length, t.Active })
                .ToListAsync(cancellationToken);
            var result = new List<TemplateInfo>();
            foreach (var definition in DocumentDefinitions.All)
            {
                var contract = definition.Contract;
                var versions = uploaded.Where(u => u.Name == contract.Name).OrderBy(u => u.Number)
                    .Select(u => new TemplateVersionInfo(u.Number, u.UploadedAt, u.UploadedBy, u.Sha256, u.Length, u.Active))
                    .ToList();
                var active = versions.FirstOrDefault(v => v.Active)?.Number ?? 0;
                if (files.Exists(contract.Name))
                {
                    var shipped = files.Load(contract.Name);
                    versions.Insert(0, new TemplateVersionInfo(0, null, null, IssuedDocument.HashOf(shipped.Span), shipped.Length, active == 0));
                }

                result.Add(new TemplateInfo(contract.Name, contract.Title, active, versions,
                    TemplateGuide.WhenIssued(definition), TemplateGuide.Fields(contract)));
            }

            return result;
        }
    }

    internal sealed class UploadHandler(CaseDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<UploadCommand, TemplateVersionInfo>
    {
        public async Task<TemplateVersionInfo> Handle(UploadCommand command, CancellationToken cancellationToken)
        {
            var contract = (DocumentDefinitions.Exists(command.Name) ? DocumentDefinitions.Get(command.Name).Contract : null)
                ?? throw new NotFoundException($"没有名为“{command.Name}”的文书模板。");
            if (command.Content.Length == 0 || command.Content.Length > MaxTemplateBytes)
            {
                throw Refused("上传的文件为空或超过 5 MB。");
            }

            IReadOnlyList<string> missing;
            try
            {
                missing = TemplateInspector.MissingTags(new MemoryStream(command.Content, writable: false), contract);
                PreparedTemplate.Load(command.Content);
            }
            catch (InvalidDataException ex)
            {
                throw Refused(ex.Message);
            }

            if (missing.Count > 0)
            {
                // Nothing is stored: a revision without a field would print documents that lack it.
                // Named as the legal section knows the field, with the tag to look for in Word's control properties.
                var named = string.Join("、", missing.Select(tag => $"{contract.ChineseNameOf(tag)}（{tag}）"));
                throw new ValidationException(
                    $"模板缺少以下字段：{named}",
                    missing.Select(tag => new ValidationFailure("file", $"缺少字段“{contract.ChineseNameOf(tag)}”（标记“{tag}”）")).Prepend(
                        new ValidationFailure("file", $"模板缺少以下字段：{named}")));
            }

            var organisationId = OrganisationOf(user);
            var existing = await db.Set<TemplateVersion>()
                .Where(t => t.OrganisationId == organisationId && t.Name == contract.Name).ToListAsync(cancellationToken);
            foreach (var version in existing.Where(v => v.Active))
            {
                version.Deactivate();
            }

            var number = existing.Count == 0 ? 1 : existing.Max(v => v.Number) + 1;
            var added = new TemplateVersion(organisationId, contract.Name, number, clock.GetUtcNow().UtcDateTime, user.UserId, command.Content);
            db.Set<TemplateVersion>().Add(added);
            await db.SaveChangesAsync(cancellationToken);
            return new TemplateVersionInfo(added.Number, added.UploadedAt, added.UploadedBy, added.Sha256, added.Length, added.Active);
        }

        private static ValidationException Refused(string message) =>
            new(message, [new ValidationFailure("file", message)]);
    }

    internal sealed class DownloadHandler(CaseDbContext db, TemplateStore files, ICurrentUser user) : IRequestHandler<DownloadQuery, TemplateFile>
    {
        public async Task<TemplateFile> Handle(DownloadQuery query, CancellationToken cancellationToken)
        {
            var contract = (DocumentDefinitions.Exists(query.Name) ? DocumentDefinitions.Get(query.Name).Contract : null)
                ?? throw new NotFoundException($"没有名为“{query.Name}”的文书模板。");
            var fileName = $"{contract.Title}（{contract.Name} 第{query.Number}版）.docx";
            if (query.Number == 0)
            {
                return files.Exists(contract.Name)
                    ? new TemplateFile(fileName, files.Load(contract.Name).ToArray())
                    : throw new NotFoundException("模板文件不存在。");
            }

            var organisationId = OrganisationOf(user);
            var content = await db.Set<TemplateVersion>().AsNoTracking()
                .Where(t => t.OrganisationId == organisationId && t.Name == contract.Name && t.Number == query.Number)
                .Select(t => t.Content)
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException($"模板“{contract.Title}”没有第{query.Number}版。");
            return new TemplateFile(fileName, content);
        }
    }

    // Templates are kept per organisation: a user without one (none in practice) has no templates to manage.
    private static int OrganisationOf(ICurrentUser user) =>
        user.OrganisationId ?? throw new ForbiddenException("当前用户不属于任何执法机关，不能管理文书模板。");
}

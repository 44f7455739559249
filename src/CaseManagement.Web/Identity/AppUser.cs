using Microsoft.AspNetCore.Identity;

namespace CaseManagement.Web.Identity;

public sealed class AppUser : IdentityUser
{
    public AppUser()
    {
    }

    public AppUser(string userName, string displayName, int? organisationId)
        : base(userName)
    {
        DisplayName = displayName;
        OrganisationId = organisationId;
    }

    /// <summary>The name printed on records and documents (张三).</summary>
    public string DisplayName { get; set; } = "";

    public int? OrganisationId { get; set; }
}

public sealed class AppRole : IdentityRole
{
    public AppRole()
    {
    }

    public AppRole(string roleName)
        : base(roleName)
    {
    }
}

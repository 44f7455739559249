using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace CaseManagement.Web.Tests.Features.Shared;

/// <summary>
/// A page as the browser builds it (AngleSharp's HTML5 parser), read by the <c>data-testid</c> of what a user sees:
/// tests assert on elements and their text, not on the markup around them.
/// </summary>
public static class HtmlPage
{
    private static readonly HtmlParser Parser = new();

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>The one element with this test id; fails naming the id when there is none or more than one.</summary>
    public static IElement TestId(this IParentNode page, string id)
    {
        var found = page.QuerySelectorAll($"[data-testid='{id}']");
        Assert.True(found.Length == 1, $"expected one element with data-testid=\"{id}\", found {found.Length}");
        return found[0];
    }

    /// <summary>Every element with this test id, in document order.</summary>
    public static IReadOnlyList<IElement> TestIds(this IParentNode page, string id) => [.. page.QuerySelectorAll($"[data-testid='{id}']")];

    /// <summary>Whether an element with this test id is on the page.</summary>
    public static bool Has(this IParentNode page, string id) => page.QuerySelector($"[data-testid='{id}']") is not null;

    /// <summary>The text a reader sees in the element, with runs of white space made one space.</summary>
    public static string Text(this IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The page's heading (the layout's <c>page-title</c>).</summary>
    public static string Title(this IHtmlDocument page) => page.TestId("page-title").Text();

    /// <summary>
    /// Every message the page shows a user: beside a field (a page form's validation span, a step form's
    /// <c>field-error</c>), above a form (<c>form-errors</c>, a step's <c>other-errors</c>), and the layout's
    /// <c>notice</c> and <c>failure</c> bars.
    /// </summary>
    public static IReadOnlyList<string> Messages(this IParentNode page) =>
        [.. page.QuerySelectorAll("[data-valmsg-for], .field-error, [data-testid='form-errors'] > div, [data-testid='other-errors'] > div, "
                + "[data-testid='notice'], [data-testid='failure']")
            .Select(e => e.Text()).Where(t => t.Length > 0)];

    /// <summary>Parses an answer's body (a page sent back with its messages).</summary>
    public static async Task<IHtmlDocument> PageAsync(this HttpResponseMessage response) => Parse(await response.Content.ReadAsStringAsync());

    /// <summary>
    /// The fields a browser would post back from the form matched by <paramref name="form"/> (the layout's logout
    /// form comes first on every page, so name the form): named inputs with their values (check boxes and radio
    /// buttons only when checked), text areas and the chosen option of each select; the antiforgery token left out.
    /// </summary>
    public static Dictionary<string, string> FormFields(this IParentNode page, string form)
    {
        var element = page.QuerySelector(form);
        Assert.True(element is IHtmlFormElement, $"no form {form} on the page");
        var fields = new Dictionary<string, string>();
        foreach (var control in ((IHtmlFormElement)element).Elements)
        {
            var name = control.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || name == "__RequestVerificationToken")
            {
                continue;
            }

            switch (control)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    if (box.IsChecked)
                    {
                        fields[name] = box.Value;
                    }

                    break;
                case IHtmlInputElement { Type: "submit" or "button" or "file" }:
                    break;
                case IHtmlInputElement input:
                    fields[name] = input.Value;
                    break;
                case IHtmlTextAreaElement area:
                    fields[name] = area.Value;
                    break;
                case IHtmlSelectElement select:
                    fields[name] = select.Value ?? "";
                    break;
            }
        }

        return fields;
    }

    /// <summary>The message shown beside a form field (ASP.NET's validation span for that field).</summary>
    public static string FieldMessage(this IParentNode page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}'], .field-error[data-for='{field}']")?.Text() ?? "";
}

using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// The two shapes of a step form that ASP.NET Core's model binding does not read by itself: a flags enum posted
/// as one check box per value (处罚种类), and a list posted as the lines of one text area (拍照、录像记录编号).
/// </summary>
public static class StepFormBinders
{
    // The values posted under the field's name (kept in ModelState to show the form again), or null when none were.
    private static ValueProviderResult? Posted(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var values = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (values == ValueProviderResult.None)
        {
            return null;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, values);
        return values;
    }

    /// <summary>Registered first among the MVC model binder providers: flags enums of the forms.</summary>
    public sealed class FlagsProvider : IModelBinderProvider
    {
        public IModelBinder? GetBinder(ModelBinderProviderContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            var type = context.Metadata.UnderlyingOrModelType;
            return type.IsEnum && type.IsDefined(typeof(FlagsAttribute), false) ? new FlagsBinder(type) : null;
        }
    }

    /// <summary>Every ticked value by name, combined; a number or an unknown name is refused by the field's Chinese label.</summary>
    public sealed class FlagsBinder(Type type) : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            if (Posted(bindingContext) is not { } values)
            {
                return Task.CompletedTask;
            }

            var flags = 0L;
            foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)))
            {
                if (int.TryParse(value, out _) || !Enum.TryParse(type, value, ignoreCase: true, out var one))
                {
                    bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                        CaseInputRules.NotAChoice(bindingContext.ModelMetadata.DisplayName ?? bindingContext.FieldName, type));
                    bindingContext.Result = ModelBindingResult.Failed();
                    return Task.CompletedTask;
                }

                flags |= Convert.ToInt64(one, CultureInfo.InvariantCulture);
            }

            bindingContext.Result = ModelBindingResult.Success(Enum.ToObject(type, flags));
            return Task.CompletedTask;
        }
    }

    /// <summary>One item per non-empty line of the text area (<c>[ModelBinder(typeof(StepFormBinders.Lines))]</c>).</summary>
    public sealed class Lines : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            if (Posted(bindingContext) is not { } values)
            {
                return Task.CompletedTask;
            }

            var lines = values.SelectMany(v => (v ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            bindingContext.Result = ModelBindingResult.Success(lines.Count == 0 ? null : lines);
            return Task.CompletedTask;
        }
    }
}

using Microsoft.AspNetCore.Mvc;

namespace SiteErrorCms.Web.Features.Shared;

public sealed class SidebarViewComponent(SiteNavigation navigation) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View(await navigation.SidebarAsync(HttpContext.RequestAborted));
}

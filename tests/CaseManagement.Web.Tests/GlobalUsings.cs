// The page client and the page reader every page test uses.
global using CaseManagement.Web.Tests.Features.Shared;

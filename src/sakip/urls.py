from django.contrib import admin
from django.urls import include, path

from sakip.accounts.views import Keluar, Masuk
from sakip.web.views import beranda

urlpatterns = [
    path("", beranda, name="beranda"),
    path("masuk/", Masuk.as_view(), name="masuk"),
    path("keluar/", Keluar.as_view(), name="keluar"),
    path("realisasi/", include("sakip.monitoring.urls")),
    path("rencana/", include("sakip.planning.urls")),
    path("dokumen/", include("sakip.reports.urls")),
    path("workbook/", include("sakip.io.urls")),
    path("", include("sakip.web.urls")),
    path("admin/", admin.site.urls),
]

from django.urls import path

from sakip.io import views

app_name = "io"

urlpatterns = [
    path("<int:pd_id>/<int:tahun>/templat.xlsx", views.unduh_templat, name="templat"),
    path("<int:pd_id>/<int:tahun>/ekspor.xlsx", views.unduh_ekspor, name="ekspor"),
    path("<int:pd_id>/<int:tahun>/impor/", views.impor, name="impor"),
]

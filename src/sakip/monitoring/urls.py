from django.urls import path

from sakip.monitoring import views

app_name = "monitoring"

urlpatterns = [
    path("<int:unit_id>/<int:tahun>/<int:triwulan>/", views.isian, name="isian"),
    path("<int:unit_id>/<int:tahun>/<int:triwulan>/status/", views.ubah_status, name="status"),
    path(
        "bukti/<int:sub_id>/<int:tahun>/<int:triwulan>/unggah/",
        views.unggah_bukti,
        name="unggah_bukti",
    ),
    path("bukti/<int:bukti_id>/", views.unduh_bukti, name="unduh_bukti"),
    path("bukti/<int:bukti_id>/hapus/", views.hapus_bukti, name="hapus_bukti"),
]

from django.urls import path

from sakip.planning import views

app_name = "planning"

urlpatterns = [
    path("<int:pd_id>/<int:tahun>/", views.rencana, name="rencana"),
    path("<int:pd_id>/<int:tahun>/versi-baru/", views.versi_baru, name="versi_baru"),
    path(
        "indikator/<int:indikator_id>/target-renstra/", views.target_renstra, name="target_renstra"
    ),
    path("pk/<int:pk_id>/", views.nilai_pk, name="nilai_pk"),
    path("pk/<int:pk_id>/tandatangani/", views.tandatangani, name="tandatangani"),
    path("subkegiatan/<int:sub_id>/", views.ubah_subkegiatan, name="ubah_subkegiatan"),
]

from django.urls import path

from sakip.web import views

app_name = "web"

urlpatterns = [
    path("pd/<int:pd_id>/<int:tahun>/", views.dasbor, name="dasbor"),
    path("pd/<int:pd_id>/<int:tahun>/pohon/<str:kode>/", views.pohon, name="pohon"),
    path("pd/<int:pd_id>/<int:tahun>/komentar/", views.komentar, name="komentar"),
    path("audit/subkegiatan/<int:sub_id>/", views.audit_subkegiatan, name="audit_subkegiatan"),
]

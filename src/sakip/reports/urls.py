from django.urls import path

from sakip.reports import views

app_name = "reports"

urlpatterns = [
    path("<int:pd_id>/<int:tahun>/<str:jenis>.<str:fmt>", views.unduh, name="unduh"),
]

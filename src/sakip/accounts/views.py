"""Signing in and out (Django's views, with django-axes throttling failed attempts)."""

from django.contrib.auth import views as auth_views

from sakip.accounts.forms import FormMasuk


class Masuk(auth_views.LoginView):
    template_name = "accounts/masuk.html"
    authentication_form = FormMasuk
    redirect_authenticated_user = True


class Keluar(auth_views.LogoutView):
    pass

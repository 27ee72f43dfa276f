from django.urls import path

from onepagers import views

urlpatterns = [
    path("fiche/<int:page_id>/", views.one_pager, name="onepager"),
    path("fiche/<int:page_id>.pdf", views.one_pager_pdf, name="onepager_pdf"),
]

"""Made-up Kota Serang demo data and sample documents: not the product, but what a newcomer sees first."""
